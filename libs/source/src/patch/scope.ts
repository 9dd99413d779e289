import type { Node } from 'web-tree-sitter';
import { contains, descendants, isFunction } from './ast';

export type BindingKind = 'const' | 'let' | 'var' | 'param' | 'loop' | 'catch' | 'function' | 'class' | 'import';

export interface Binding {
  name: string;
  kind: BindingKind;
  /** The identifier that declares it. */
  id: Node;
  /** The node whose extent is the binding's scope (function, block, loop, catch clause, program). */
  scope: Node;
  /** Assignments after the declaration (`x = …`, `x += …`, `x++`, destructuring targets). */
  assignments: Node[];
}

const BLOCK_SCOPES = new Set(['statement_block', 'program', 'for_statement', 'for_in_statement', 'switch_body', 'class_static_block']);

function nearest(node: Node, test: (n: Node) => boolean): Node {
  let n = node.parent;
  while (n && !test(n)) n = n.parent;
  if (!n) throw new Error(`no enclosing scope for ${node.type}`);
  return n;
}

const blockScope = (node: Node) => nearest(node, (n) => BLOCK_SCOPES.has(n.type) || isFunction(n));
const functionScope = (node: Node) => nearest(node, (n) => n.type === 'program' || isFunction(n));

/** The identifiers a binding pattern declares (`a`, `{ a, b: c }`, `[d, ...e]`, `f = 1`). */
export function patternNames(node: Node | null): Node[] {
  if (!node) return [];
  switch (node.type) {
    case 'identifier':
    case 'shorthand_property_identifier_pattern':
      return [node];
    case 'required_parameter':
    case 'optional_parameter':
      return patternNames(node.childForFieldName('pattern'));
    case 'assignment_pattern':
    case 'object_assignment_pattern':
      return patternNames(node.childForFieldName('left'));
    case 'pair_pattern':
      return patternNames(node.childForFieldName('value'));
    case 'rest_pattern':
    case 'object_pattern':
    case 'array_pattern':
      return node.namedChildren.flatMap((c) => patternNames(c));
    default:
      return [];
  }
}

/** Every declaration in a JavaScript or TypeScript file, with the node that scopes it. */
export class Scopes {
  readonly bindings: Binding[] = [];
  private readonly byName = new Map<string, Binding[]>();
  private readonly declaringIds = new Set<number>();

  constructor(readonly root: Node) {
    for (const n of descendants(root)) this.collect(n);
    for (const n of descendants(root)) this.collectAssignment(n);
  }

  private add(id: Node, kind: BindingKind, scope: Node): void {
    const b: Binding = { name: id.text, kind, id, scope, assignments: [] };
    this.bindings.push(b);
    this.declaringIds.add(id.id);
    const list = this.byName.get(b.name) ?? [];
    list.push(b);
    this.byName.set(b.name, list);
  }

  private collect(n: Node): void {
    switch (n.type) {
      case 'variable_declarator': {
        const decl = n.parent!;
        const keyword = decl.type === 'lexical_declaration' ? (decl.child(0)?.text === 'const' ? 'const' : 'let') : 'var';
        const scope = keyword === 'var' ? functionScope(decl) : blockScope(decl);
        for (const id of patternNames(n.childForFieldName('name'))) this.add(id, keyword, scope);
        break;
      }
      case 'for_in_statement': {
        const kind = n.childForFieldName('kind')?.text;
        if (!kind) break;
        const scope = kind === 'var' ? functionScope(n) : n;
        for (const id of patternNames(n.childForFieldName('left'))) this.add(id, 'loop', scope);
        break;
      }
      case 'formal_parameters':
        for (const p of n.namedChildren) for (const id of patternNames(p)) this.add(id, 'param', n.parent!);
        break;
      case 'arrow_function': {
        const p = n.childForFieldName('parameter');
        if (p) this.add(p, 'param', n);
        break;
      }
      case 'function_declaration':
      case 'generator_function_declaration':
      case 'class_declaration': {
        const name = n.childForFieldName('name');
        if (name) this.add(name, n.type === 'class_declaration' ? 'class' : 'function', blockScope(n));
        break;
      }
      case 'function_expression':
      case 'generator_function':
      case 'function': {
        const name = n.childForFieldName('name');
        if (name) this.add(name, 'function', n);
        break;
      }
      case 'catch_clause':
        for (const id of patternNames(n.childForFieldName('parameter'))) this.add(id, 'catch', n);
        break;
      case 'import_clause':
      case 'namespace_import':
        for (const c of n.namedChildren) if (c?.type === 'identifier') this.add(c, 'import', this.root);
        break;
      case 'import_specifier': {
        const id = n.childForFieldName('alias') ?? n.childForFieldName('name');
        if (id?.type === 'identifier') this.add(id, 'import', this.root);
        break;
      }
    }
  }

  private collectAssignment(n: Node): void {
    let targets: Node[] = [];
    if (n.type === 'assignment_expression' || n.type === 'augmented_assignment_expression') {
      const left = n.childForFieldName('left');
      targets = left?.type === 'identifier' ? [left] : left ? assignedIn(left) : [];
    } else if (n.type === 'update_expression') {
      const arg = n.childForFieldName('argument');
      if (arg?.type === 'identifier') targets = [arg];
    } else if (n.type === 'for_in_statement' && !n.childForFieldName('kind')) {
      const left = n.childForFieldName('left');
      if (left?.type === 'identifier') targets = [left];
    }
    for (const t of targets) this.resolve(t)?.assignments.push(n);
  }

  /** True when the identifier node declares a binding rather than referring to one. */
  isDeclaration(id: Node): boolean {
    return this.declaringIds.has(id.id);
  }

  /** The binding a reference resolves to: the innermost declaration of that name whose scope holds it. */
  resolve(ref: Node): Binding | undefined {
    let best: Binding | undefined;
    for (const b of this.byName.get(ref.text) ?? []) {
      if (!contains(b.scope, ref)) continue;
      if (!best || b.scope.startIndex >= best.scope.startIndex) best = b;
    }
    return best;
  }

  /** All bindings with this name. */
  named(name: string): Binding[] {
    return this.byName.get(name) ?? [];
  }

  /** References (not declarations) to `b` anywhere in the file. */
  references(b: Binding): Node[] {
    const out: Node[] = [];
    for (const n of descendants(this.root)) {
      if ((n.type === 'identifier' || n.type === 'shorthand_property_identifier') && n.text === b.name && !this.isDeclaration(n) && this.resolve(n) === b) out.push(n);
    }
    return out;
  }

  /** Identifiers the expression reads whose declaration lies outside it. */
  freeReferences(expr: Node): Node[] {
    const out: Node[] = [];
    for (const n of descendants(expr)) {
      if (n.type !== 'identifier' && n.type !== 'shorthand_property_identifier') continue;
      if (this.isDeclaration(n)) continue;
      const b = this.resolve(n);
      if (b && contains(expr, b.id)) continue;
      out.push(n);
    }
    return out;
  }

  /** Every name declared or referenced in the file, for picking names that collide with nothing. */
  allNames(): Set<string> {
    const names = new Set<string>();
    for (const n of descendants(this.root)) {
      if (n.type === 'identifier' || n.type === 'shorthand_property_identifier' || n.type === 'shorthand_property_identifier_pattern' || n.type === 'type_identifier') names.add(n.text);
    }
    return names;
  }
}

function assignedIn(pattern: Node): Node[] {
  if (pattern.type === 'object_pattern' || pattern.type === 'array_pattern') return patternNames(pattern);
  return [];
}

/** A name starting from `base` that is not in `taken` (base, base2, base3, …); the result is added to `taken`. */
export function freshName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name) || RESERVED.has(name); i++) name = `${base}${i}`;
  taken.add(name);
  return name;
}

const RESERVED = new Set(['arguments', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'eval', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import', 'in', 'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public', 'return', 'static', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'undefined', 'NaN', 'Infinity', 'require', 'module', 'exports']);

export function lowerFirst(s: string): string {
  return s.length === 0 ? s : s[0]!.toLowerCase() + s.slice(1);
}

export function upperFirst(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
