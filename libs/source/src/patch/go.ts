import type { Node } from 'web-tree-sitter';
import { ancestors, descendants, same } from './ast';
import { indentAt, insertionPoint, ordinal, reindent, spelledNames, unusedName, wholeLines } from './declaration-site';
import type { Edit } from './diff';
import { findOnLine } from './hoist';
import type { PlanResult } from './plan';
import { lowerFirst } from './scope';

// Go: a regexp, template or HTTP client/transport built inside a function from values that are
// the same on every call becomes a package-level variable, initialised once before main runs.

interface Target {
  line: number;
  column: number;
}

type Kind = 'regexp' | 'template' | 'client' | 'transport';

interface Construction {
  node: Node;
  kind: Kind;
  /** `regexp.Compile` and a template's `Parse` return (value, error): both are kept. */
  twoValues: boolean;
  /** `regexp.MatchString(p, s)` / `regexp.Match(p, b)`: the method to call on the compiled pattern. */
  match?: string;
}

/** What each category blames: a finding is only patched with a construction of its own kind (a template parsed per call is a formatter built per call). */
const KINDS: Record<string, Kind[]> = {
  'regex-compilation-in-hot-path': ['regexp'],
  'locale-formatter-construction': ['template'],
  'client-construction-in-hot-path': ['client', 'transport'],
  'connection-without-keepalive': ['client', 'transport'],
};
const LOOKED_FOR: Record<Kind, string> = { regexp: 'regexp.MustCompile/Compile/MatchString', template: 'template.New(…).Parse', client: 'http.Client literal', transport: 'http.Transport literal' };
const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);
const TOP_LEVEL = new Set(['function_declaration', 'method_declaration', 'var_declaration', 'const_declaration']);

const WHAT: Record<Kind, string> = { regexp: 'regular expression', template: 'template', client: 'http.Client', transport: 'http.Transport' };
const SUFFIX: Record<Kind, string> = { regexp: 'RE', template: 'Tmpl', client: 'Client', transport: 'Transport' };
const WHY_SHARED: Record<Kind, string> = {
  regexp: 'a *regexp.Regexp is safe for concurrent use by several goroutines',
  template: 'a parsed template is safe for concurrent Execute calls',
  client: 'an http.Client is safe for concurrent use and keeps its idle connections for the next request',
  transport: 'an http.Transport is safe for concurrent use and keeps its idle connections for the next request',
};
/** Methods that change the shared value (or throw away what sharing keeps). */
const CHANGING: Record<Kind, Set<string>> = {
  regexp: new Set(['Longest']),
  template: new Set(['Parse', 'ParseFiles', 'ParseGlob', 'ParseFS', 'Funcs', 'AddParseTree', 'Delims', 'Option', 'New']),
  client: new Set(['CloseIdleConnections']),
  transport: new Set(['CloseIdleConnections', 'RegisterProtocol']),
};
/** Calls whose result depends only on their arguments, so a package-level initialiser may make them. */
const PURE_CALL = /^(?:regexp\.QuoteMeta|strings\.\w+|strconv\.(?:Itoa|Quote\w*|Format\w*)|fmt\.Sprint\w*|time\.Duration|filepath\.Join|path\.Join|string|int|int64|int32|uint|uint64|float64|byte|rune|len)$/;
/** The constructor chain itself: `regexp.MustCompile(…)`, `template.Must(template.New(…).Funcs(…).Parse(…))`. */
const CONSTRUCTOR_CALL = /^(?:regexp\.(?:MustCompile|Compile|MustCompilePOSIX|CompilePOSIX)|template\.(?:New|Must))$/;
const CHAINED_TEMPLATE_METHOD = new Set(['Parse', 'Funcs', 'Option', 'Delims']);
/** Local names too generic to become package-level names. */
const GENERIC = new Set(['re', 'rx', 'r', 'p', 'pat', 'regex', 'pattern', 'expr', 't', 'tmpl', 'tpl', 'c', 'cl', 'client', 'hc', 'tr', 'transport', 'err']);
const GO_KEYWORDS = new Set(['break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var']);

const selector = (call: Node): { operand: Node | null; field: string } | undefined => {
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'selector_expression') return undefined;
  return { operand: fn.childForFieldName('operand'), field: fn.childForFieldName('field')?.text ?? '' };
};

/** The construction a node is, if it is one. */
function classify(n: Node): Construction | undefined {
  if (n.type === 'call_expression') {
    const s = selector(n);
    if (!s) return undefined;
    if (s.operand?.text === 'regexp' && /^(?:Must)?Compile(?:POSIX)?$/.test(s.field)) return { node: n, kind: 'regexp', twoValues: !s.field.startsWith('Must') };
    if (s.operand?.text === 'regexp' && (s.field === 'MatchString' || s.field === 'Match') && (n.childForFieldName('arguments')?.namedChildCount ?? 0) === 2) return { node: n, kind: 'regexp', twoValues: true, match: s.field };
    if (s.operand?.text === 'template' && s.field === 'Must') return { node: n, kind: 'template', twoValues: false };
    if (s.field === 'Parse' && s.operand && templateChain(s.operand)) return { node: n, kind: 'template', twoValues: true };
    return undefined;
  }
  if (n.type === 'composite_literal') {
    const type = n.childForFieldName('type')?.text.replace(/\s+/g, '');
    if (type === 'http.Client' || type === 'http.Transport') return { node: n, kind: type === 'http.Client' ? 'client' : 'transport', twoValues: false };
  }
  return undefined;
}

/** `template.New(…)` followed by configuring calls. */
function templateChain(n: Node): boolean {
  if (n.type !== 'call_expression') return false;
  const s = selector(n);
  if (!s) return false;
  if (s.operand?.text === 'template' && s.field === 'New') return true;
  return CHAINED_TEMPLATE_METHOD.has(s.field) && !!s.operand && templateChain(s.operand);
}

/** The whole expression to move: `template.Must` around a Parse, `&` before a literal. */
function widen(c: Construction): Construction {
  if (c.kind === 'template' && c.twoValues) {
    const must = c.node.parent?.type === 'argument_list' ? c.node.parent.parent : null;
    if (must && classify(must)?.kind === 'template') return { node: must, kind: 'template', twoValues: false };
  }
  if ((c.kind === 'client' || c.kind === 'transport') && c.node.parent?.type === 'unary_expression' && c.node.parent.child(0)?.type === '&') return { ...c, node: c.node.parent };
  return c;
}

/** The http.Client literal whose `Transport:` field holds this transport literal. */
function clientAround(c: Construction): Construction | undefined {
  if (c.kind !== 'transport') return undefined;
  const element = c.node.parent;
  const keyed = element?.type === 'literal_element' ? element.parent : null;
  if (keyed?.type !== 'keyed_element' || keyed.childForFieldName('key')?.text !== 'Transport') return undefined;
  const literal = keyed.parent?.parent;
  const outer = literal ? classify(literal) : undefined;
  return outer?.kind === 'client' ? widen(outer) : undefined;
}

function findConstruction(root: Node, t: Target, kinds: Kind[]): Construction | undefined {
  const node = findOnLine(root, '', t.line, t.column, (n) => kinds.includes(classify(n)?.kind as Kind));
  return node ? widen(classify(node)!) : undefined;
}

interface Local {
  kind: 'parameter' | 'local variable' | 'loop variable' | 'local constant';
}

/** Names declared anywhere in `fn` (outside `except`), by what they are. Scoping is ignored: a name declared anywhere counts. */
function localsOf(fn: Node, except: Node): Map<string, Local> {
  const out = new Map<string, Local>();
  const add = (id: Node | null | undefined, kind: Local['kind']) => {
    if (id && id.type === 'identifier' && id.text !== '_' && !out.has(id.text)) out.set(id.text, { kind });
  };
  for (const n of descendants(fn)) {
    if (n.startIndex >= except.startIndex && n.endIndex <= except.endIndex) continue;
    if (n.type === 'parameter_declaration' || n.type === 'variadic_parameter_declaration') for (const id of n.childrenForFieldName('name')) add(id, 'parameter');
    else if (n.type === 'short_var_declaration') {
      const loop = n.parent?.type === 'for_clause';
      for (const id of n.childForFieldName('left')?.namedChildren ?? []) add(id, loop ? 'loop variable' : 'local variable');
    } else if (n.type === 'var_spec') for (const id of n.childrenForFieldName('name')) add(id, 'local variable');
    else if (n.type === 'const_spec') for (const id of n.childrenForFieldName('name')) add(id, 'local constant');
    else if (n.type === 'range_clause') for (const id of n.childForFieldName('left')?.namedChildren ?? []) add(id, 'loop variable');
  }
  return out;
}

/** Package-level `var`s of this file that a function assigns (or that start without a value): read at call time, they may hold configuration. */
function changingPackageVars(root: Node): Map<string, string> {
  const declared = new Map<string, boolean>();
  for (const decl of root.namedChildren) {
    if (decl?.type !== 'var_declaration') continue;
    for (const spec of descendants(decl)) if (spec.type === 'var_spec') for (const id of spec.childrenForFieldName('name')) if (id) declared.set(id.text, !!spec.childForFieldName('value'));
  }
  const out = new Map<string, string>();
  for (const [name, hasValue] of declared) if (!hasValue) out.set(name, 'is declared without a value, so it is set later');
  for (const n of descendants(root)) {
    const fn = ancestors(n).find((a) => FUNCTIONS.has(a.type));
    if (!fn) continue;
    const targets = n.type === 'assignment_statement' ? n.childForFieldName('left')?.namedChildren ?? [] : n.type === 'inc_statement' || n.type === 'dec_statement' ? [n.namedChildren[0]] : n.type === 'unary_expression' && n.child(0)?.type === '&' ? [n.childForFieldName('operand')] : [];
    for (const id of targets) if (id?.type === 'identifier' && declared.has(id.text)) out.set(id.text, `is changed in ${functionLabel(fn)} (line ${n.startPosition.row + 1})`);
  }
  return out;
}

function functionLabel(fn: Node): string {
  const name = fn.childForFieldName('name')?.text;
  if (name) return name;
  const outer = ancestors(fn).find((a) => a.type === 'function_declaration' || a.type === 'method_declaration');
  return outer ? `a function literal in ${outer.childForFieldName('name')?.text}` : 'a function literal';
}

/** Why `expr` may not be evaluated once at package initialisation, or undefined when it may. */
function notInvariant(expr: Node, what: string, fn: Node, locals: Map<string, Local>, changing: Map<string, string>): string | undefined {
  for (const n of descendants(expr)) {
    if (n.type === 'unary_expression' && (n.child(0)?.type === '*' || n.child(0)?.type === '<-')) return `the ${what} reads ${n.text} at call time`;
    if (n.type === 'call_expression') {
      const callee = n.childForFieldName('function');
      const name = callee?.text.replace(/\s+/g, '') ?? '';
      const s = selector(n);
      const chained = s && CHAINED_TEMPLATE_METHOD.has(s.field) && s.operand?.type === 'call_expression';
      if (!PURE_CALL.test(name) && !CONSTRUCTOR_CALL.test(name) && !chained) return `the ${what} is built from ${name}(…), whose result the patch cannot show to be the same on every call of ${functionLabel(fn)}`;
    }
    if (n.type !== 'identifier') continue;
    if (isStructKey(n)) continue;
    const local = locals.get(n.text);
    if (local) return `the ${what} depends on ${n.text}, a ${local.kind} of ${functionLabel(fn)}; build it once where ${n.text} is known (at start-up, or in a map keyed by it) and pass it in`;
    const why = changing.get(n.text);
    if (why) return `the ${what} reads the package variable ${n.text}, which ${why}: a package-level initialiser would see its value before that`;
  }
  return undefined;
}

/** `Timeout` in `http.Client{Timeout: …}` names a field, not a variable. */
function isStructKey(id: Node): boolean {
  const element = id.parent;
  const keyed = element?.parent;
  if (element?.type !== 'literal_element' || keyed?.type !== 'keyed_element' || !same(keyed.childForFieldName('key'), element)) return false;
  const literal = keyed.parent?.parent;
  return literal?.type !== 'composite_literal' || literal.childForFieldName('type')?.type !== 'map_type';
}

/** True for the value of `Transport:` in an http.Client literal: a client built per call holding a shared transport is the point. */
function transportOfClient(element: Node): boolean {
  const keyed = element.parent;
  if (keyed?.type !== 'keyed_element' || keyed.childForFieldName('key')?.text !== 'Transport') return false;
  const literal = keyed.parent?.parent;
  return !!literal && classify(literal)?.kind === 'client';
}

/**
 * gofmt aligns the values of consecutive one-line `key: value` elements (keys of up to 40
 * characters). When a multi-line value becomes one name, its element joins the run of its
 * neighbours: these edits re-pad the run.
 */
function realign(text: string, replaced: Node): Edit[] {
  const element = replaced.parent?.type === 'literal_element' ? replaced.parent.parent : null;
  if (element?.type !== 'keyed_element' || !same(element.childForFieldName('value'), replaced.parent) || !element.parent) return [];
  const siblings = element.parent.namedChildren.filter((k): k is Node => !!k && k.type !== 'comment');
  const oneLine = (k: Node) => same(k, element) || (k.type === 'keyed_element' && k.startPosition.row === k.endPosition.row);
  const i = siblings.findIndex((k) => same(k, element));
  const rowOf = (k: Node, end: boolean) => (same(k, element) ? element.startPosition.row : end ? k.endPosition.row : k.startPosition.row);
  let from = i;
  let to = i;
  while (from > 0 && oneLine(siblings[from - 1]!) && rowOf(siblings[from - 1]!, true) + 1 === rowOf(siblings[from]!, false)) from--;
  while (to < siblings.length - 1 && oneLine(siblings[to + 1]!) && rowOf(siblings[to]!, true) + 1 === siblings[to + 1]!.startPosition.row) to++;
  const run = siblings.slice(from, to + 1);
  const keys = run.map((k) => k.childForFieldName('key')!);
  if (run.length < 2 || keys.some((k) => !k || k.text.length > 40)) return [];
  const width = Math.max(...keys.map((k) => k.text.length));
  return run.map((k, j) => {
    const key = keys[j]!;
    const colon = text.indexOf(':', key.endIndex);
    const value = k.childForFieldName('value')!;
    return { start: colon + 1, end: value.startIndex, text: ' '.repeat(width - key.text.length + 1) };
  });
}

/** The local the construction is declared into: `name := expr`, `var name [T] = expr`. */
interface Binding {
  names: Node[];
  statement: Node;
  /** `var name T = …`: the declared type. */
  type?: string;
}

function bindingOf(node: Node): Binding | undefined {
  const list = node.parent;
  if (list?.type !== 'expression_list' || list.namedChildCount !== 1) return undefined;
  const decl = list.parent;
  if (decl?.type === 'short_var_declaration' && same(decl.childForFieldName('right'), list)) {
    return { names: (decl.childForFieldName('left')?.namedChildren ?? []).filter((x): x is Node => !!x), statement: decl };
  }
  if (decl?.type === 'var_spec' && decl.parent?.type === 'var_declaration' && decl.parent.namedChildCount === 1) {
    return { names: decl.childrenForFieldName('name').filter((x): x is Node => !!x), statement: decl.parent, type: decl.childForFieldName('type')?.text };
  }
  return undefined;
}

/** Why the value built at `c` may not be shared between calls, or undefined. */
function unsafeUse(c: Construction, fn: Node, binding: Binding | undefined): string | undefined {
  const what = WHAT[c.kind];
  const owned = c.kind !== 'regexp';
  const uses: Node[] = [];
  if (binding) {
    const name = binding.names[0]!.text;
    for (const n of descendants(fn)) if (n.type === 'identifier' && n.text === name && !binding.names.some((b) => same(b, n))) uses.push(n);
  } else uses.push(c.node);
  for (const u of uses) {
    const p = u.parent;
    const line = u.startPosition.row + 1;
    if (p?.type === 'expression_list' && (p.parent?.type === 'assignment_statement' || p.parent?.type === 'short_var_declaration') && same(p.parent.childForFieldName('left'), p)) {
      return `${u.text} is assigned again at line ${line}, so it is not one value`;
    }
    if (p?.type === 'selector_expression' && same(p.childForFieldName('operand'), u)) {
      const field = p.childForFieldName('field')?.text ?? '';
      if (p.parent?.type === 'call_expression' && CHANGING[c.kind].has(field)) return `${functionLabel(fn)} calls ${u.text}.${field}() at line ${line}, which would change (or empty) the shared ${what}`;
      const assigned = p.parent?.type === 'expression_list' && p.parent.parent?.type === 'assignment_statement' && same(p.parent.parent.childForFieldName('left'), p.parent);
      if (assigned) return `${functionLabel(fn)} sets ${p.text} at line ${line}, which would change the shared ${what}`;
      continue;
    }
    if (!owned) continue;
    const holder = p?.type === 'expression_list' ? p.parent : p;
    if (holder?.type === 'return_statement') return `the ${what} is returned to the caller of ${functionLabel(fn)}, which may change it: sharing it is the caller's decision`;
    if ((holder?.type === 'literal_element' && !transportOfClient(holder)) || (holder?.type === 'assignment_statement' && !binding)) return `the ${what} is stored at line ${line}, where code elsewhere may change it`;
  }
  return undefined;
}

/** Go patches: a construction with invariant arguments becomes a package-level variable. */
export function patchGo(root: Node, text: string, category: string, t: Target): PlanResult {
  const kinds = Object.hasOwn(KINDS, category) ? KINDS[category] : undefined;
  if (!kinds) return { reason: `no automatic patch for ${category} in Go sources` };
  const found = findConstruction(root, t, kinds);
  if (!found) return { reason: `no ${kinds.map((k) => LOOKED_FOR[k]).join(' or ')} at line ${t.line}` };
  const fn = ancestors(found.node).find((a) => FUNCTIONS.has(a.type));
  if (!fn) return { reason: `the ${WHAT[found.kind]} at line ${t.line} is already built once, at package level` };
  const top = ancestors(found.node).find((a) => TOP_LEVEL.has(a.type) && a.parent?.type === 'source_file')!;
  const topFn = top.type === 'var_declaration' || top.type === 'const_declaration' ? fn : top;
  const once = (top.childForFieldName('name')?.text === 'main' || top.childForFieldName('name')?.text === 'init') && top.type === 'function_declaration';
  if (once && !ancestors(found.node).some((a) => a.type === 'for_statement' || a.type === 'func_literal')) {
    return { reason: `the ${WHAT[found.kind]} is built in ${top.childForFieldName('name')!.text}, which runs once: there is nothing to hoist` };
  }

  const locals = localsOf(topFn, found.node);
  const changing = changingPackageVars(root);
  // A transport inside a client literal: the client goes when all of it is invariant, else the transport alone.
  let c = found;
  const outer = clientAround(found);
  if (outer && !notInvariant(outer.node, WHAT[outer.kind], fn, locals, changing)) c = outer;
  const what = WHAT[c.kind];
  // Only the pattern of `regexp.MatchString(pattern, s)` moves; `s` stays at the call.
  const [pattern, subject] = c.match ? (c.node.childForFieldName('arguments')!.namedChildren as Node[]) : [c.node, undefined];
  const blocker = notInvariant(pattern!, what, fn, localsOf(topFn, pattern!), changing);
  if (blocker) return { reason: blocker };

  const binding = bindingOf(c.node);
  if (c.twoValues) {
    const list = c.node.parent;
    const holder = list?.parent;
    const ok = list?.type === 'expression_list' && list.namedChildCount === 1 && (holder?.type === 'return_statement' || ((holder?.type === 'short_var_declaration' || holder?.type === 'assignment_statement') && same(holder.childForFieldName('right'), list)) || holder?.type === 'var_spec');
    if (!ok) return { reason: `the two results of the ${what} call at line ${t.line} are not assigned or returned together, which the patch needs to keep its error` };
  }
  // With `re, err :=` the first name holds the value.
  const unsafe = unsafeUse(c, fn, binding && !c.match && binding.names.length > 0 && binding.names[0]!.text !== '_' ? binding : undefined);
  if (unsafe) return { reason: `sharing the ${what} is not safe: ${unsafe}` };

  const taken = spelledNames(root);
  const at = insertionPoint(text, top);
  const stmtIndent = indentAt(text, c.node.startIndex);
  const expr = c.match ? `regexp.Compile(${reindent(pattern!.text, stmtIndent, '')})` : reindent(c.node.text, stmtIndent, '');
  const fnName = functionLabel(topFn).replace(/^.* in /, '');
  // A function literal at package level (`var handler = func(…) {…}`) is named after its variable.
  const ident = /^\w+$/.test(fnName) ? fnName : (top.type === 'var_declaration' ? [...descendants(top)].find((n) => n.type === 'var_spec')?.childForFieldName('name')?.text : undefined) ?? 'shared';
  const why = WHY_SHARED[c.kind];

  // `name := expr` moves as it is when its name is free in the file and says what it holds.
  if (binding && binding.names.length === 1 && !c.twoValues) {
    const name = binding.names[0]!.text;
    const declaredOnce = [...locals.entries()].filter(([n]) => n === name).length <= 1 && countDeclarations(topFn, name) === 1;
    const usedElsewhere = [...descendants(root)].some((n) => /identifier$/.test(n.type) && n.text === name && !(n.startIndex >= topFn.startIndex && n.endIndex <= topFn.endIndex));
    const lines = wholeLines(text, binding.statement);
    if (lines && declaredOnce && !usedElsewhere && !GENERIC.has(name) && name.length >= 3 && /^[a-z]/.test(name)) {
      const edits: Edit[] = [
        { start: at, end: at, text: `var ${name}${binding.type ? ` ${binding.type}` : ''} = ${expr}\n\n` },
        { start: lines.start, end: lines.end, text: '' },
      ];
      return { edits, description: `Builds the ${what} ${name} once, as a package-level variable, instead of on every call of ${fnName}: ${why}.` };
    }
  }

  const sameKind = (n: Node) => classify(n)?.kind === c.kind;
  const base = lowerFirst(ident) + SUFFIX[c.kind] + ordinal(topFn, [...descendants(c.node)].find(sameKind)!, sameKind);
  const name = unusedName(base, taken, GO_KEYWORDS);
  if (c.match) {
    const err = unusedName(`${name}Err`, taken, GO_KEYWORDS);
    // A pattern that does not compile leaves the variable nil: the call then answers false and the same error, as MatchString did.
    const edits: Edit[] = [
      { start: at, end: at, text: `var ${name}, ${err} = ${expr}\n\n` },
      { start: c.node.startIndex, end: c.node.endIndex, text: `${name} != nil && ${name}.${c.match}(${subject!.text}), ${err}` },
    ];
    return { edits, description: `Compiles the pattern of regexp.${c.match} once, in the package-level variables ${name} and ${err}, instead of on every call of ${fnName}: regexp.${c.match} compiles its pattern each time; when the pattern does not compile the call still answers false with the same error; ${why}.` };
  }
  if (c.twoValues) {
    const err = unusedName(`${name}Err`, taken, GO_KEYWORDS);
    const edits: Edit[] = [
      { start: at, end: at, text: `var ${name}, ${err} = ${expr}\n\n` },
      { start: c.node.startIndex, end: c.node.endIndex, text: `${name}, ${err}` },
    ];
    return { edits, description: `Builds the ${what} once, in the package-level variables ${name} and ${err}, instead of on every call of ${fnName}: its arguments do not change, so neither does the error, and the existing error handling stays as it is; ${why}.` };
  }
  const edits: Edit[] = [
    { start: at, end: at, text: `var ${name} = ${expr}\n\n` },
    { start: c.node.startIndex, end: c.node.endIndex, text: name },
    ...realign(text, c.node),
  ];
  return { edits, description: `Builds the ${what} once, in the package-level variable ${name}, instead of on every call of ${fnName}: ${why}.` };
}

function countDeclarations(fn: Node, name: string): number {
  let count = 0;
  for (const n of descendants(fn)) {
    if (n.type === 'short_var_declaration') count += (n.childForFieldName('left')?.namedChildren ?? []).filter((id) => id?.text === name).length;
    else if (n.type === 'var_spec' || n.type === 'const_spec' || n.type === 'parameter_declaration') count += n.childrenForFieldName('name').filter((id) => id?.text === name).length;
    else if (n.type === 'range_clause') count += (n.childForFieldName('left')?.namedChildren ?? []).filter((id) => id?.text === name).length;
  }
  return count;
}
