import type { Node } from 'web-tree-sitter';
import { ancestors, descendants, same } from './ast';
import { indentAt, ordinal, reindent, spelledNames, unusedName } from './declaration-site';
import type { Edit } from './diff';
import { findOnLine } from './hoist';
import { cachePattern } from './java-pattern-cache';
import { patchStringRegex } from './java-string-regex';
import { fieldsOf, invocationName, localsOf, METHODS, methodName, notInvariant, owner, staticFieldEdit, typeName, upperSnake } from './java-scope';
import type { PlanResult } from './plan';

// Java: a Pattern, formatter, mapper or client built inside a method from values that are the
// same on every call becomes a `private static final` field of the enclosing class. Formatters
// that are not thread-safe get one instance per thread (ThreadLocal.withInitial).

interface Target {
  line: number;
  column: number;
}

type Kind = 'pattern' | 'formatter' | 'format' | 'mapper' | 'client';

interface Construction {
  node: Node;
  kind: Kind;
  /** The type a field holding it is declared with, when the expression says it. */
  type?: string;
}

/** What each category blames: a finding is only patched with a construction of its own kind. */
const KINDS: Record<string, Kind[]> = {
  'regex-compilation-in-hot-path': ['pattern'],
  'locale-formatter-construction': ['formatter', 'format'],
  'client-construction-in-hot-path': ['client', 'mapper'],
  'connection-without-keepalive': ['client'],
  'serialization-overhead': ['mapper'],
};
const WHAT: Record<Kind, string> = { pattern: 'Pattern', formatter: 'DateTimeFormatter', format: 'formatter', mapper: 'ObjectMapper', client: 'client' };
const SUFFIX: Record<Kind, string> = { pattern: 'PATTERN', formatter: 'FORMATTER', format: 'FORMAT', mapper: 'MAPPER', client: 'CLIENT' };
const WHY_SHARED: Record<Kind, string> = {
  pattern: 'a Pattern is immutable and safe for use by several threads',
  formatter: 'a DateTimeFormatter is immutable and thread-safe',
  format: 'java.text formats are not thread-safe, so each thread gets its own instance (ThreadLocal.withInitial), built once per thread instead of once per call',
  mapper: 'an ObjectMapper is thread-safe once configured, and building one per call also throws away its serializer caches',
  client: 'a client built once keeps its connection pool for the next call',
};
const LOOKED_FOR: Record<Kind, string> = {
  pattern: 'Pattern.compile or String.matches/replaceAll/replaceFirst/split',
  formatter: 'DateTimeFormatter.ofPattern',
  format: 'new SimpleDateFormat/DecimalFormat/MessageFormat or NumberFormat/DateFormat.get…Instance',
  mapper: 'new ObjectMapper (or another mapper)',
  client: 'client construction (new …Client, HttpClient.newHttpClient/newBuilder)',
};
const FORMAT_CLASSES = /^(?:SimpleDateFormat|DecimalFormat|MessageFormat|ChoiceFormat)$/;
const FORMAT_FACTORIES = /^(?:NumberFormat\.get(?:Number|Currency|Percent|Integer|Compact|)Instance|DateFormat\.get(?:Date|Time|DateTime|)Instance)$/;
const MAPPERS = /^(?:ObjectMapper|JsonMapper|XmlMapper|YAMLMapper|CsvMapper|Gson)$/;
const CLIENTS = /(?:Client|Pool|Connection|Session|Driver|Channel|Producer|Consumer)$/;
const FORMATTER_CHAIN = /^with(?:Zone|Locale|ResolverStyle|Chronology|DecimalStyle)$/;
/** Methods of the value itself that configure it after construction: a shared instance would be configured once per call, concurrently. */
const CONFIGURING = /^(?:set\w*|apply\w*Pattern|configure|enable|disable|register\w*|findAndRegisterModules|addMixIn\w*|setSerializationInclusion|close|shutdown\w*|disconnect|destroy)$/;
/** Mapper methods that only use it. */
const MAPPER_USE = /^(?:read\w*|write\w*|convertValue|valueToTree|treeToValue|create(?:Object|Array)Node|getTypeFactory|getFactory|can(?:Serialize|Deserialize)|toJson\w*|fromJson)$/;
const GENERIC = new Set(['p', 'pattern', 'regex', 're', 'rx', 'pat', 'f', 'fmt', 'format', 'formatter', 'df', 'sdf', 'dtf', 'nf', 'mapper', 'om', 'm', 'json', 'c', 'client', 'http', 'httpClient']);

function classify(n: Node): Construction | undefined {
  if (n.type === 'method_invocation') {
    const name = invocationName(n).replace(/^java\.\w+\.(?:\w+\.)*/, '');
    if (name === 'Pattern.compile') return { node: n, kind: 'pattern', type: 'Pattern' };
    if (name === 'DateTimeFormatter.ofPattern') return { node: n, kind: 'formatter', type: 'DateTimeFormatter' };
    if (FORMAT_FACTORIES.test(name)) return { node: n, kind: 'format', type: name.split('.')[0] };
    if (name === 'HttpClient.newHttpClient' || name === 'HttpClient.newBuilder') return { node: n, kind: 'client', type: 'HttpClient' };
    return undefined;
  }
  if (n.type === 'object_creation_expression' && !n.childForFieldName('body') && !n.childForFieldName('object')) {
    const t = n.childForFieldName('type');
    const raw = typeName(t);
    const simple = raw.replace(/<.*>$/, '').split('.').pop() ?? '';
    const type = t?.type === 'generic_type' && /<>$/.test(raw) ? undefined : raw;
    if (FORMAT_CLASSES.test(simple)) return { node: n, kind: 'format', type };
    if (MAPPERS.test(simple)) return { node: n, kind: 'mapper', type };
    if (CLIENTS.test(simple)) return { node: n, kind: 'client', type };
  }
  return undefined;
}

/** The whole expression: `.withZone(…)` after ofPattern, the builder calls up to `.build()` after newBuilder. */
function widen(c: Construction): Construction {
  let node = c.node;
  const name = c.node.type === 'method_invocation' ? c.node.childForFieldName('name')?.text : '';
  for (;;) {
    const p = node.parent;
    if (p?.type !== 'method_invocation' || !same(p.childForFieldName('object'), node)) break;
    const method = p.childForFieldName('name')?.text ?? '';
    if (c.kind === 'formatter' && FORMATTER_CHAIN.test(method)) node = p;
    else if (name === 'newBuilder' && c.kind === 'client') {
      node = p;
      if (method === 'build') return { ...c, node };
    } else break;
  }
  if (name === 'newBuilder') return { ...c, node: c.node, type: undefined };
  return { ...c, node };
}

interface Binding {
  name: Node;
  declaration: Node;
  type?: string;
}

function bindingOf(node: Node): Binding | undefined {
  const d = node.parent;
  if (d?.type === 'variable_declarator' && same(d.childForFieldName('value'), node) && d.parent?.type === 'local_variable_declaration') {
    const type = typeName(d.parent.childForFieldName('type'));
    return { name: d.childForFieldName('name')!, declaration: d.parent, type: type === 'var' ? undefined : type };
  }
  if (d?.type === 'resource' && same(d.childForFieldName('value'), node)) return { name: d.childForFieldName('name')!, declaration: d };
  return undefined;
}

function unsafeUse(c: Construction, member: Node, method: string, binding: Binding | undefined): string | undefined {
  const what = WHAT[c.kind];
  if (binding?.declaration.type === 'resource') return `the ${what} is closed at the end of the try-with-resources in ${method}`;
  const uses: Node[] = [];
  if (binding) {
    for (const n of descendants(member)) if (n.type === 'identifier' && n.text === binding.name.text && !same(n, binding.name)) uses.push(n);
  } else uses.push(c.node);
  for (const u of uses) {
    const p = u.parent;
    const line = u.startPosition.row + 1;
    if (p?.type === 'method_invocation' && same(p.childForFieldName('name'), u)) continue;
    if (p?.type === 'assignment_expression' && same(p.childForFieldName('left'), u)) return `${u.text} is assigned again at line ${line}, so it is not one value`;
    if (p?.type === 'method_invocation' && same(p.childForFieldName('object'), u)) {
      const m = p.childForFieldName('name')?.text ?? '';
      if (c.kind === 'mapper' && !MAPPER_USE.test(m)) return `${method} calls ${u.text}.${m}(…) at line ${line}, which configures the ObjectMapper after it is built; move that configuration into the field's initialiser first`;
      if (c.kind !== 'mapper' && CONFIGURING.test(m)) return `${method} calls ${u.text}.${m}(…) at line ${line}, which would configure or close the shared ${what}`;
      continue;
    }
    if (c.kind === 'pattern' || c.kind === 'formatter') continue;
    if (p?.type === 'return_statement' || p?.type === 'lambda_expression') return `the ${what} is returned to the caller of ${method}, which may keep, change or close it: sharing it is the caller's decision`;
    if (p?.type === 'assignment_expression' || p?.type === 'variable_declarator' && !binding) return `the ${what} is stored at line ${line}, where code elsewhere may change or close it`;
  }
  return undefined;
}

/** Java patches: a construction with invariant arguments becomes a static final field. */
export function patchJava(root: Node, text: string, category: string, t: Target): PlanResult {
  const kinds = Object.hasOwn(KINDS, category) ? KINDS[category] : undefined;
  if (!kinds) return { reason: `no automatic patch for ${category} in Java sources` };
  const node = findOnLine(root, '', t.line, t.column, (n) => kinds.includes(classify(n)?.kind as Kind));
  const viaString = !node && kinds.includes('pattern') ? patchStringRegex(root, text, t) : undefined;
  if (viaString) return viaString;
  if (!node) return { reason: `no ${kinds.map((k) => LOOKED_FOR[k]).join(', ')} at line ${t.line}` };
  const c = widen(classify(node)!);
  const what = WHAT[c.kind];
  const fn = ancestors(c.node).find((a) => METHODS.has(a.type));
  if (!fn) return { reason: `the ${what} at line ${t.line} is built in a field initialiser, once per ${ancestors(c.node).some((a) => a.type === 'field_declaration' && /\bstatic\b/.test(a.text.split('=')[0]!)) ? 'class' : 'instance'}, not per call` };
  const name = methodName(fn);
  const inLoop = ancestors(c.node).some((a) => a.type === 'lambda_expression' || /^(?:for|enhanced_for|while|do)_statement$/.test(a.type));
  if ((fn.type === 'static_initializer' || (fn.type === 'method_declaration' && name === 'main' && /\bstatic\b/.test(fn.text.split('(')[0]!))) && !inLoop) {
    return { reason: `the ${what} is built in ${name}, which runs once: there is nothing to hoist` };
  }
  if (c.kind === 'client' && c.node.type === 'method_invocation' && c.node.childForFieldName('name')?.text !== 'build' && c.node.childForFieldName('name')?.text !== 'newHttpClient') {
    return { reason: `the HttpClient builder at line ${t.line} is not finished with .build() in one expression, so the patch cannot tell what it builds` };
  }
  const place = owner(c.node);
  if (!place) return { reason: `the ${what} is built in a class that cannot hold a static field (an interface, an anonymous, local or inner class)` };

  const locals = localsOf(place.member, c.node);
  const referenced: Node[] = [];
  // A lambda in a field initialiser is named after the field.
  const memberName = place.member.childForFieldName('name')?.text ?? place.member.childForFieldName('declarator')?.childForFieldName('name')?.text ?? (/^\w+$/.test(name) ? name : 'shared');
  const blocker = notInvariant(c.node, what, memberName, locals, fieldsOf(root), referenced);
  if (blocker) {
    // A Pattern's regex that varies per call can still be compiled once per distinct text, when its flags do not vary.
    const flags = c.kind === 'pattern' ? c.node.childForFieldName('arguments')?.namedChildren.filter((a) => !!a && !/comment$/.test(a.type))[1] : undefined;
    if (c.kind === 'pattern' && (!flags || !notInvariant(flags, what, memberName, locals, fieldsOf(root), []))) return cachePattern(root, text, c.node, place, memberName, blocker);
    return { reason: blocker };
  }
  const binding = bindingOf(c.node);
  const unsafe = unsafeUse(c, place.member, name, binding);
  if (unsafe) return { reason: `sharing the ${what} is not safe: ${unsafe}` };
  const type = binding?.type ?? c.type;
  if (!type) return { reason: `the type of the ${what} at line ${t.line} is not written out (a diamond or a builder), so the field's type is unknown` };

  const local = binding?.name.text;
  const sameKind = (n: Node) => classify(n)?.kind === c.kind;
  const base = local && !GENERIC.has(local) && local.length >= 3 ? upperSnake(local) : `${upperSnake(memberName)}_${SUFFIX[c.kind]}${ordinal(place.member, [...descendants(c.node)].find(sameKind)!, sameKind, '_')}`;
  const field = unusedName(base, spelledNames(root), new Set(), '_');
  const indent = indentAt(text, place.member.startIndex);
  const expr = reindent(c.node.text, indentAt(text, c.node.startIndex), indent);
  const threadLocal = c.kind === 'format';
  const declaration = threadLocal ? `private static final ThreadLocal<${type}> ${field} = ThreadLocal.withInitial(() -> ${expr});` : `private static final ${type} ${field} = ${expr};`;

  const edits: Edit[] = [
    staticFieldEdit(text, place, referenced, declaration),
    { start: c.node.startIndex, end: c.node.endIndex, text: threadLocal ? `${field}.get()` : field },
  ];
  return { edits, description: `Builds the ${what} once, in the static field ${field}, instead of on every call of ${name}: ${WHY_SHARED[c.kind]}.` };
}
