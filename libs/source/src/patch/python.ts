import type { Node } from 'web-tree-sitter';
import { ancestors, descendants, same } from './ast';
import { insertionPoint, ordinal, spelledNames, unusedName } from './declaration-site';
import type { Edit } from './diff';
import { findOnLine } from './hoist';
import type { PlanResult } from './plan';

// Python: `re.compile(<constant>)` and the module-level `re.match/search/sub/…(<constant>, …)`
// inside a function become one module-level compiled pattern. The `re` module keeps a cache of
// compiled patterns, but every call still pays its lookup and argument checks, and a program
// using more distinct patterns than the cache holds (512 in CPython 3.7+) compiles them again.

/** Index of the positional `flags` argument of each module function (after the pattern). */
const FLAGS_AT = new Map<string, number>([['compile', 1], ['match', 2], ['search', 2], ['fullmatch', 2], ['findall', 2], ['finditer', 2], ['split', 3], ['sub', 4], ['subn', 4]]);
const FUNCTIONS = new Set(['function_definition', 'lambda']);
/** Calls a module-level initialiser may make with constant arguments. */
const PURE_CALL = /^(?:re\.escape|str|int|len|tuple|frozenset|(?:"[^"]*"|'[^']*')\.(?:join|format))$/;
const BUILTINS = new Set(['True', 'False', 'None', 'str', 'int', 'len', 'tuple', 'frozenset']);
const GENERIC = new Set(['p', 'pat', 'pattern', 'regex', 're', 'rx', 'r', 'expr', 'compiled', 'matcher']);

const argsOf = (call: Node): Node[] => (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => !!a && a.type !== 'comment');
const upperSnake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();

/** The module name `re` is imported as (`import re`, `import re as regex`), if it is. */
function reAlias(root: Node): string | undefined {
  for (const n of root.namedChildren) {
    if (n?.type !== 'import_statement') continue;
    for (const name of n.childrenForFieldName('name')) {
      if (name?.type === 'dotted_name' && name.text === 're') return 're';
      if (name?.type === 'aliased_import' && name.childForFieldName('name')?.text === 're') return name.childForFieldName('alias')?.text;
    }
  }
  return undefined;
}

function reCall(n: Node, alias: string): string | undefined {
  if (n.type !== 'call') return undefined;
  const fn = n.childForFieldName('function');
  if (fn?.type !== 'attribute' || fn.childForFieldName('object')?.text !== alias) return undefined;
  const name = fn.childForFieldName('attribute')?.text ?? '';
  return FLAGS_AT.has(name) ? name : undefined;
}

/** Names local to a function (parameters, assigned, loop and comprehension targets, `with … as`, `except … as`), unless declared global. */
function localsOf(fn: Node): Map<string, string> {
  const out = new Map<string, string>();
  const globals = new Set<string>();
  const add = (target: Node | null | undefined, kind: string) => {
    if (!target) return;
    for (const id of target.type === 'identifier' ? [target] : [...descendants(target)].filter((d) => d.type === 'identifier' && d.parent?.type !== 'attribute' && d.parent?.type !== 'subscript')) {
      if (!out.has(id.text)) out.set(id.text, kind);
    }
  };
  const params = fn.childForFieldName('parameters');
  if (params) for (const p of params.namedChildren) add(p?.type === 'identifier' ? p : p?.childForFieldName('name') ?? p?.namedChildren.find((k) => k?.type === 'identifier'), 'parameter');
  for (const n of descendants(fn)) {
    if (same(n, fn)) continue;
    if (n.type === 'global_statement' || n.type === 'nonlocal_statement') for (const id of n.namedChildren) if (id) globals.add(id.text);
    if (n.type === 'assignment' || n.type === 'augmented_assignment') add(n.childForFieldName('left'), 'local variable');
    if (n.type === 'for_statement' || n.type === 'for_in_clause') add(n.childForFieldName('left'), 'loop variable');
    if (n.type === 'as_pattern' || n.type === 'named_expression') add(n.childForFieldName('alias') ?? n.childForFieldName('name'), 'local variable');
    if (n.type === 'function_definition' || n.type === 'lambda') {
      const ps = n.childForFieldName('parameters');
      if (ps) add(ps, 'parameter');
    }
  }
  for (const g of globals) out.delete(g);
  return out;
}

/** Module-level names and the offset after their last module-level assignment (definitions, imports, assignments). */
function moduleNames(root: Node): Map<string, number> {
  const out = new Map<string, number>();
  const set = (id: Node | null | undefined, end: number) => {
    if (id?.type === 'identifier') out.set(id.text, Math.max(out.get(id.text) ?? 0, end));
  };
  for (const stmt of root.namedChildren) {
    if (!stmt) continue;
    const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
    if (def?.type === 'function_definition' || def?.type === 'class_definition') set(def.childForFieldName('name'), stmt.endIndex);
    if (stmt.type === 'import_statement' || stmt.type === 'import_from_statement') {
      for (const name of stmt.childrenForFieldName('name')) set(name?.type === 'aliased_import' ? name.childForFieldName('alias') : name?.namedChildren.at(-1) ?? name, stmt.endIndex);
    }
    if (stmt.type === 'expression_statement') {
      for (const a of stmt.namedChildren) if (a?.type === 'assignment') for (const id of [...descendants(a.childForFieldName('left')!)]) if (id.type === 'identifier') set(id, stmt.endIndex);
    }
  }
  return out;
}

/** Module names some function assigns through `global`: configuration that may change after import. */
function globalsAssigned(root: Node): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of descendants(root)) {
    if (n.type !== 'global_statement') continue;
    const fn = ancestors(n).find((a) => a.type === 'function_definition');
    for (const id of n.namedChildren) if (id) out.set(id.text, fn?.childForFieldName('name')?.text ?? 'a function');
  }
  return out;
}

function functionLabel(fn: Node): string {
  if (fn.type === 'function_definition') return fn.childForFieldName('name')?.text ?? 'a function';
  const outer = ancestors(fn).find((a) => a.type === 'function_definition');
  return outer ? `a lambda in ${outer.childForFieldName('name')?.text}` : 'a lambda';
}

/** Python patches: a regex with a constant pattern compiled once at module level. */
export function patchPython(root: Node, text: string, category: string, t: { line: number; column: number }): PlanResult {
  if (category !== 'regex-compilation-in-hot-path') return { reason: `no automatic patch for ${category} in Python sources` };
  const alias = reAlias(root);
  if (!alias) return { reason: `the module does not \`import re\`, so the call at line ${t.line} is not the re module's` };
  const call = findOnLine(root, '', t.line, t.column, (n) => !!reCall(n, alias));
  if (!call) return { reason: `no ${alias}.compile/match/search/sub/… call at line ${t.line}` };
  const method = reCall(call, alias)!;
  const fn = ancestors(call).find((a) => FUNCTIONS.has(a.type));
  if (!fn) return { reason: `the regular expression at line ${t.line} is compiled at module level, once` };
  const top = ancestors(call).find((a) => same(a.parent, root))!;

  const args = argsOf(call);
  const positional = args.filter((a) => a.type !== 'keyword_argument' && a.type !== 'list_splat' && a.type !== 'dictionary_splat');
  if (args.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) return { reason: `the ${alias}.${method} call at line ${t.line} unpacks its arguments (*args/**kwargs)` };
  const keywords = args.filter((a) => a.type === 'keyword_argument');
  const kw = (name: string) => keywords.find((k) => k.childForFieldName('name')?.text === name);
  if (kw('pattern') || kw('string')) return { reason: `the ${alias}.${method} call at line ${t.line} passes the pattern or string by keyword` };
  const pattern = positional[0];
  if (!pattern) return { reason: `the ${alias}.${method} call at line ${t.line} has no pattern` };
  const flagsAt = FLAGS_AT.get(method)!;
  const flags = kw('flags')?.childForFieldName('value') ?? positional[flagsAt];

  // The pattern and flags must be the same on every call, and defined when the module-level line runs.
  const locals = new Map<string, string>();
  for (const f of ancestors(call).filter((a) => FUNCTIONS.has(a.type))) for (const [k, v] of localsOf(f)) if (!locals.has(k)) locals.set(k, `${v} of ${functionLabel(f)}`);
  const modules = moduleNames(root);
  const assigned = globalsAssigned(root);
  let after = 0;
  for (const part of [pattern, flags].filter((p): p is Node => !!p)) {
    for (const n of descendants(part)) {
      if (n.type === 'call' && !PURE_CALL.test(n.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '')) return { reason: `the pattern is built by ${n.childForFieldName('function')?.text}(…), whose result the patch cannot show to be the same on every call` };
      if (n.type !== 'identifier') continue;
      if (n.parent?.type === 'attribute' && same(n.parent.childForFieldName('attribute'), n)) continue;
      if (n.parent?.type === 'keyword_argument' && same(n.parent.childForFieldName('name'), n)) continue;
      const local = locals.get(n.text);
      if (local) return { reason: `the pattern depends on ${n.text}, a ${local}; compile it where ${n.text} is known, or keep the compiled patterns in a dict keyed by it` };
      const setter = assigned.get(n.text);
      if (setter) return { reason: `the pattern reads the module variable ${n.text}, which ${setter} assigns (global): a module-level pattern would keep its value at import` };
      const end = modules.get(n.text);
      if (end === undefined && !BUILTINS.has(n.text)) return { reason: `the pattern reads ${n.text}, which is not defined at module level in this file` };
      if (end !== undefined) after = Math.max(after, end);
    }
  }

  const binding = call.parent?.type === 'assignment' && same(call.parent.childForFieldName('right'), call) && method === 'compile' ? call.parent.childForFieldName('left') : null;
  const local = binding?.type === 'identifier' && !GENERIC.has(binding.text) && binding.text.length >= 3 ? binding.text : undefined;
  const named = ancestors(call).find((a) => a.type === 'function_definition') ?? fn;
  const nth = ordinal(named, call, (n) => reCall(n, alias) === method, '_');
  const name = unusedName(local ? upperSnake(local) : `${upperSnake(functionLabel(fn).replace(/^.* in /, ''))}${method === 'compile' ? '' : `_${method.toUpperCase()}`}_RE${nth}`, spelledNames(root), new Set(), '_');
  const compiled = `${alias}.compile(${pattern.text}${flags ? `, ${flags.text}` : ''})`;

  // Above the top-level statement that holds the call, or below the last definition of a name it reads.
  let at = insertionPoint(text, top);
  let insert = `${name} = ${compiled}\n\n\n`;
  if (after > at) {
    const nl = text.indexOf('\n', after);
    at = nl < 0 ? text.length : nl + 1;
    insert = `${name} = ${compiled}\n`;
  }
  let replacement = name;
  if (method !== 'compile') {
    const rest = args.filter((a) => !same(a, pattern) && !(flags && (same(a, flags) || same(a.childForFieldName('value'), flags))));
    replacement = `${name}.${method}(${rest.map((a) => a.text).join(', ')})`;
  }
  const edits: Edit[] = [
    { start: at, end: at, text: insert },
    { start: call.startIndex, end: call.endIndex, text: replacement },
  ];
  return {
    edits,
    description: `Compiles the regular expression once, at module level (${name}), instead of on every call of ${functionLabel(fn)}: ${alias}.${method} looks the pattern up in the re module's cache of compiled patterns on each call, and compiles it again once more distinct patterns than that cache holds have been used; a compiled pattern is safe to share between threads.`,
  };
}
