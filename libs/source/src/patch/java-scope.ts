import type { Node } from 'web-tree-sitter';
import { ancestors, descendants, same } from './ast';
import { indentAt, insertionPoint } from './declaration-site';
import type { Edit } from './diff';

// What the Java builders need to know of a method and its class: its locals, the class's static
// fields, whether an expression is the same on every call, and where a static field may go.

export const METHODS = new Set(['method_declaration', 'constructor_declaration', 'lambda_expression', 'static_initializer', 'compact_constructor_declaration']);
export const BODIES = new Set(['class_body', 'enum_body_declarations', 'interface_body']);

export /** Static methods whose result depends only on their arguments. */
const PURE_STATIC = /^(?:Pattern\.quote|String\.(?:valueOf|join)|Locale\.(?:forLanguageTag|of)|ZoneId\.of|ZoneOffset\.(?:of|ofHours\w*)|Duration\.of\w+|Charset\.forName|(?:Integer|Long|Double)\.(?:toString|valueOf|parse\w+)|(?:List|Set|Map)\.of|Math\.\w+|URI\.create|DateTimeFormatter\.ofPattern|HttpClient\.new(?:HttpClient|Builder)|ThreadLocal\.withInitial)$/;
export const typeName = (n: Node | null | undefined) => n?.text.replace(/\s+/g, '') ?? '';
export const invocationName = (n: Node) => `${n.childForFieldName('object') ? `${typeName(n.childForFieldName('object'))}.` : ''}${n.childForFieldName('name')?.text ?? ''}`;

export interface Local {
  kind: 'parameter' | 'local variable' | 'loop variable' | 'lambda parameter';
}

export function localsOf(member: Node, except: Node): Map<string, Local> {
  const out = new Map<string, Local>();
  const add = (id: Node | null | undefined, kind: Local['kind']) => {
    if (id?.type === 'identifier' && !out.has(id.text)) out.set(id.text, { kind });
  };
  for (const n of descendants(member)) {
    if (n.startIndex >= except.startIndex && n.endIndex <= except.endIndex) continue;
    if (n.type === 'formal_parameter' || n.type === 'catch_formal_parameter' || n.type === 'resource') add(n.childForFieldName('name'), n.type === 'formal_parameter' && n.parent?.parent?.type === 'lambda_expression' ? 'lambda parameter' : n.type === 'formal_parameter' ? 'parameter' : 'local variable');
    else if (n.type === 'spread_parameter') add(n.namedChildren.find((k) => k?.type === 'variable_declarator')?.childForFieldName('name'), 'parameter');
    else if (n.type === 'variable_declarator' && n.parent?.type === 'local_variable_declaration') add(n.childForFieldName('name'), n.parent.parent?.type === 'for_statement' ? 'loop variable' : 'local variable');
    else if (n.type === 'enhanced_for_statement') add(n.childForFieldName('name'), 'loop variable');
    else if (n.type === 'lambda_expression') {
      const params = n.childForFieldName('parameters');
      if (params?.type === 'identifier') add(params, 'lambda parameter');
      else if (params?.type === 'inferred_parameters') for (const id of params.namedChildren) add(id, 'lambda parameter');
    }
  }
  return out;
}

export interface Field {
  node: Node;
  isStatic: boolean;
  isFinal: boolean;
}

export function fieldsOf(root: Node): Map<string, Field> {
  const out = new Map<string, Field>();
  for (const n of descendants(root)) {
    if (n.type !== 'field_declaration' && n.type !== 'constant_declaration') continue;
    const mods = n.namedChildren.find((k) => k?.type === 'modifiers')?.text ?? '';
    const inInterface = n.type === 'constant_declaration' || n.parent?.type === 'interface_body';
    for (const d of n.childrenForFieldName('declarator')) {
      const name = d?.childForFieldName('name')?.text;
      if (d && name && !out.has(name)) out.set(name, { node: n, isStatic: inInterface || /\bstatic\b/.test(mods), isFinal: inInterface || /\bfinal\b/.test(mods) });
    }
  }
  return out;
}

/** Why `expr` may not be evaluated once, when the class is initialised; else undefined. */
export function notInvariant(expr: Node, what: string, method: string, locals: Map<string, Local>, fields: Map<string, Field>, referenced: Node[]): string | undefined {
  for (const n of descendants(expr)) {
    if (n.type === 'this' || n.type === 'super') return `the ${what} is built from ${n.parent?.text ?? n.text}, a value of each instance`;
    if (n.type === 'method_invocation' && !same(n, expr)) {
      const name = invocationName(n);
      const objectIsChain = n.childForFieldName('object')?.type === 'method_invocation' || n.childForFieldName('object')?.type === 'object_creation_expression';
      if (!PURE_STATIC.test(name) && !objectIsChain) return `the ${what} is built from ${name}(…), whose result the patch cannot show to be the same on every call of ${method}`;
    }
    if (n.type !== 'identifier') continue;
    const p = n.parent;
    // Method names, and the field of `X.FIELD`, are not variables.
    if (p?.type === 'method_invocation' && same(p.childForFieldName('name'), n)) continue;
    if (p?.type === 'field_access' && same(p.childForFieldName('field'), n)) continue;
    if (p?.type === 'scoped_identifier' || p?.type === 'scoped_type_identifier') continue;
    const local = locals.get(n.text);
    if (local) return `the ${what} depends on ${n.text}, a ${local.kind} of ${method}; build it once where ${n.text} is known (at start-up, or in a map keyed by it) and pass it in`;
    const field = fields.get(n.text);
    const qualifier = (p?.type === 'field_access' && same(p.childForFieldName('object'), n)) || (p?.type === 'method_invocation' && same(p.childForFieldName('object'), n));
    if (field) {
      if (!field.isStatic) return `the ${what} reads the field ${n.text}, which each instance has its own of`;
      if (!field.isFinal) return `the ${what} reads the static field ${n.text}, which is not final and may change after the class is initialised`;
      referenced.push(field.node);
      continue;
    }
    // `Pattern.CASE_INSENSITIVE`, `Locale.US`: a type name qualifies a member; UPPER_CASE names are constants from elsewhere.
    if (qualifier && /^[A-Z]/.test(n.text)) continue;
    if (/^[A-Z][A-Z0-9_]*$/.test(n.text)) continue;
    return `the ${what} reads ${n.text}, which is not declared in this file as a static final field`;
  }
  return undefined;
}

/** The class body that can hold a static field for `node` (top-level or static nested class, enum, record), and the member of it that holds `node`. */
export function owner(node: Node): { body: Node; member: Node } | undefined {
  let member: Node = node;
  for (const a of ancestors(node)) {
    if (BODIES.has(a.type)) {
      const decl = a.type === 'enum_body_declarations' ? a.parent?.parent : a.parent;
      const ok = decl && decl.type !== 'interface_declaration' && decl.type !== 'object_creation_expression' && decl.parent?.type !== 'block' && (decl.parent?.type === 'program' || decl.type === 'enum_declaration' || decl.type === 'record_declaration' || /\bstatic\b/.test(decl.namedChildren.find((k) => k?.type === 'modifiers')?.text ?? ''));
      if (ok) return { body: a, member };
    }
    member = a;
  }
  return undefined;
}

export function methodName(fn: Node): string {
  if (fn.type === 'static_initializer') return 'the static initialiser';
  if (fn.type === 'lambda_expression') {
    const outer = ancestors(fn).find((a) => a.type === 'method_declaration' || a.type === 'constructor_declaration');
    return outer ? `a lambda in ${outer.childForFieldName('name')?.text}` : 'a lambda';
  }
  return fn.childForFieldName('name')?.text ?? 'the method';
}

export const upperSnake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();


/**
 * The edit that declares a static field in `place.body`: above `place.member` and its comments, or
 * right below the last static field of that body the initialiser reads (a static initialiser may
 * not name a field declared below it).
 */
export function staticFieldEdit(text: string, place: { body: Node; member: Node }, referenced: Node[], declaration: string): Edit {
  const indent = indentAt(text, place.member.startIndex);
  const lastRead = referenced.filter((f) => same(f.parent, place.body)).sort((a, b) => b.endIndex - a.endIndex)[0];
  const at = insertionPoint(text, place.member);
  if (lastRead && lastRead.endIndex > at) {
    const nl = text.indexOf('\n', lastRead.endIndex);
    const after = nl < 0 ? text.length : nl + 1;
    return { start: after, end: after, text: `${indent}${declaration}\n` };
  }
  return { start: at, end: at, text: `${indent}${declaration}\n\n` };
}
