import type { Node } from 'web-tree-sitter';
import { ancestors, descendants } from './ast';
import { ordinal, spelledNames, unusedName } from './declaration-site';
import type { Edit } from './diff';
import { findOnLine } from './hoist';
import { cacheDescription, patternCache } from './java-pattern-cache';
import { fieldsOf, localsOf, METHODS, methodName, notInvariant, owner, staticFieldEdit, upperSnake } from './java-scope';
import type { PlanResult } from './plan';

// Java: `s.matches(regex)`, `s.replaceAll(regex, r)`, `s.replaceFirst(regex, r)` and
// `s.split(regex)` compile `regex` into a new Pattern on every call (String's own documentation
// defines them through Pattern.compile). They become the same calls on a Pattern compiled once.

/** Arity of the regex methods of String (`split` also takes a limit). */
const STRING_REGEX = new Map<string, number[]>([['matches', [1]], ['replaceAll', [2]], ['replaceFirst', [2]], ['split', [1, 2]]]);
/** String methods that return a String, so `s.trim().split(…)` is String.split. */
const RETURNS_STRING = /^(?:trim|strip|stripLeading|stripTrailing|toLowerCase|toUpperCase|substring|replace|concat|repeat|intern|formatted|toString)$/;
/** Characters that make a one-character regex a real one (String.split's fast path skips the others). */
const REGEX_META = '.$|()[{^?*+\\';

const argsOf = (n: Node): Node[] => (n.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => !!a && !/comment$/.test(a.type));

function isRegexCall(n: Node): boolean {
  if (n.type !== 'method_invocation' || !n.childForFieldName('object')) return false;
  const arity = STRING_REGEX.get(n.childForFieldName('name')?.text ?? '');
  return !!arity && arity.includes(argsOf(n).length);
}

/** The declared type of a name visible in `member`: a parameter, local or loop variable, else a field of the file. */
function declaredType(name: string, member: Node, root: Node): string | undefined {
  const types = new Set<string>();
  for (const n of descendants(member)) {
    if ((n.type === 'formal_parameter' || n.type === 'enhanced_for_statement') && n.childForFieldName('name')?.text === name) types.add(n.childForFieldName('type')?.text ?? '?');
    if (n.type === 'local_variable_declaration' && n.childrenForFieldName('declarator').some((d) => d?.childForFieldName('name')?.text === name)) types.add(n.childForFieldName('type')?.text ?? '?');
    if (n.type === 'lambda_expression' && [...descendants(n.childForFieldName('parameters')!)].some((p) => p.type === 'identifier' && p.text === name)) types.add('?');
  }
  if (types.size === 0) {
    for (const n of descendants(root)) {
      if (n.type === 'field_declaration' && n.childrenForFieldName('declarator').some((d) => d?.childForFieldName('name')?.text === name)) types.add(n.childForFieldName('type')?.text ?? '?');
    }
  }
  return types.size === 1 ? [...types][0] : undefined;
}

/** True when `expr` is certainly a String (so `.split(` is String.split, not another class's method). */
function isString(expr: Node, member: Node, root: Node): boolean {
  switch (expr.type) {
    case 'string_literal':
    case 'text_block':
      return true;
    case 'parenthesized_expression':
      return !!expr.namedChildren[0] && isString(expr.namedChildren[0], member, root);
    case 'binary_expression':
      return expr.child(1)?.type === '+' && [expr.childForFieldName('left'), expr.childForFieldName('right')].some((s) => !!s && isString(s, member, root));
    case 'method_invocation': {
      const name = expr.childForFieldName('name')?.text ?? '';
      const object = expr.childForFieldName('object');
      if (name === 'toString' && argsOf(expr).length === 0) return true;
      if (object?.text === 'String' && /^(?:valueOf|join|format)$/.test(name)) return true;
      return RETURNS_STRING.test(name) && !!object && isString(object, member, root);
    }
    case 'identifier':
      return /^(?:java\.lang\.)?String$/.test(declaredType(expr.text, member, root) ?? '');
    case 'field_access':
      return expr.childForFieldName('object')?.type === 'this' && /^(?:java\.lang\.)?String$/.test(declaredType(expr.childForFieldName('field')?.text ?? '', root, root) ?? '');
    default:
      return false;
  }
}

/** The text of a string literal regex, or of the static final String constant it names; undefined otherwise. */
function literalValue(regex: Node, root: Node): string | undefined {
  let lit: Node | null | undefined = regex;
  if (regex.type === 'identifier') {
    const decl = [...descendants(root)].find((n) => n.type === 'variable_declarator' && n.parent?.type === 'field_declaration' && n.childForFieldName('name')?.text === regex.text);
    lit = decl?.childForFieldName('value');
  }
  if (lit?.type !== 'string_literal') return undefined;
  // Java escapes: enough to tell `"\\."` (two characters) from `","` (one).
  return lit.text.slice(1, -1).replace(/\\(.)/g, '$1');
}

/** String.split takes a fast path, without any Pattern, for a one-character non-meta regex or a backslash and a non-alphanumeric. */
function splitFastPath(value: string): boolean {
  if (value.length === 1) return !REGEX_META.includes(value);
  return value.length === 2 && value[0] === '\\' && !/[0-9A-Za-z]/.test(value[1]!);
}

/**
 * The patch for a String regex method at `line`, or undefined when the line holds none.
 */
export function patchStringRegex(root: Node, text: string, t: { line: number; column: number }): PlanResult | undefined {
  const call = findOnLine(root, '', t.line, t.column, isRegexCall);
  if (!call) return undefined;
  const method = call.childForFieldName('name')!.text;
  const receiver = call.childForFieldName('object')!;
  const [regex, second] = argsOf(call) as [Node, Node | undefined];
  const fn = ancestors(call).find((a) => METHODS.has(a.type));
  const place = owner(call);
  if (!fn || !place) return { reason: `the ${method} call at line ${t.line} is not in a method of a class that can hold a static field` };
  if (!isString(receiver, place.member, root)) return { reason: `nothing shows that ${receiver.text} is a String, so ${method}(…) at line ${t.line} may not be String.${method}` };
  const value = literalValue(regex, root);
  if (method === 'split' && value !== undefined && splitFastPath(value)) {
    return { reason: `String.split(${regex.text}) takes its fast path for a one-character separator and compiles no Pattern: there is nothing to hoist` };
  }
  const name = methodName(fn);
  if (fn.type === 'method_declaration' && name === 'main' && !ancestors(call).some((a) => a.type === 'lambda_expression' || /^(?:for|enhanced_for|while|do)_statement$/.test(a.type))) {
    return { reason: `the regular expression is compiled in main, which runs once: there is nothing to hoist` };
  }
  const memberName = place.member.childForFieldName('name')?.text ?? place.member.childForFieldName('declarator')?.childForFieldName('name')?.text ?? (/^\w+$/.test(name) ? name : 'shared');

  // `Pattern` itself may not be imported: spell it out unless it is.
  const imported = /^\s*import\s+java\.util\.regex\.(?:Pattern|\*)\s*;/m.test(text) && ![...descendants(root)].some((n) => n.type === 'class_declaration' && n.childForFieldName('name')?.text === 'Pattern');
  const patternType = imported ? 'Pattern' : 'java.util.regex.Pattern';
  const referenced: Node[] = [];
  const blocker = notInvariant(regex, 'regular expression', memberName, localsOf(place.member, regex), fieldsOf(root), referenced);
  const edits: Edit[] = [];
  let pattern: string;
  let description: string;
  if (blocker) {
    // `helper(regex).matcher(s)` evaluates the regex before the receiver: only safe when one of them has no effects.
    const acts = (n: Node) => [...descendants(n)].some((d) => d.type === 'method_invocation' || d.type === 'assignment_expression' || d.type === 'update_expression' || d.type === 'object_creation_expression');
    if (acts(receiver) && acts(regex)) return { reason: `${blocker}; a cached Pattern would evaluate ${regex.text} before ${receiver.text}, and both call methods` };
    const { declaration, helper } = patternCache(root, text, place, memberName, patternType, undefined);
    edits.push(declaration);
    pattern = `${helper}(${regex.text})`;
    description = cacheDescription(memberName, helper, blocker);
  } else {
    // Named after the method and the String method, so that patches for two regexes of one method do not collide.
    const nth = ordinal(place.member, call, (n) => isRegexCall(n) && n.childForFieldName('name')?.text === method, '_');
    const field = unusedName(`${upperSnake(memberName)}_${upperSnake(method)}_PATTERN${nth}`, spelledNames(root), new Set(), '_');
    edits.push(staticFieldEdit(text, place, referenced, `private static final ${patternType} ${field} = ${patternType}.compile(${regex.text});`));
    pattern = field;
    description = `Compiles the regular expression once, in the static field ${field}, instead of in every call of String.${method} in ${name}: String.${method} is defined as Pattern.compile(regex) and a call on the result, and a Pattern is immutable and safe for use by several threads.`;
  }
  const recv = receiver.text;
  const replacement =
    method === 'split' ? `${pattern}.split(${recv}${second ? `, ${second.text}` : ''})` : method === 'matches' ? `${pattern}.matcher(${recv}).matches()` : `${pattern}.matcher(${recv}).${method}(${second!.text})`;
  edits.push({ start: call.startIndex, end: call.endIndex, text: replacement });
  return { edits, description };
}
