import type { Node } from 'web-tree-sitter';
import { ancestors, contains, descendants, isFunction, same } from './ast';
import type { PatchContext } from './context';
import { analyseEscape, anchorInside, type Region } from './escape';
import { findOnLine } from './hoist';
import type { PlanResult } from './plan';
import type { Edit } from './diff';
import { freshName, type Binding } from './scope';
import type { Target } from './constructions';

// Array methods that change which elements an array holds.
const MUTATORS = /^(push|pop|shift|unshift|splice|fill|copyWithin|length)$/;
// Methods only arrays (and typed arrays) have: evidence that the receiver of `includes` is not a string.
const ARRAY_ONLY = /^(push|pop|shift|unshift|splice|map|filter|forEach|reduce|reduceRight|some|every|find|findIndex|findLast|join|sort|reverse|flat|flatMap|fill)$/;
const ARRAY_INIT = /^(\[|new Array\b|Array\.(from|of)\(|Object\.(keys|values|entries)\()|\.(map|filter|split|flatMap|flat)\([^]*\)$/;

/** The binding a receiver like `xs` or `this.xs` or `config.xs` is rooted in (undefined for `this` or a global). */
function rootIdentifier(receiver: Node): Node | undefined {
  let n: Node | null = receiver;
  while (n && n.type === 'member_expression') n = n.childForFieldName('object');
  return n?.type === 'identifier' ? n : undefined;
}

function isPlainPath(n: Node): boolean {
  if (n.type === 'identifier' || n.type === 'this') return true;
  const prop = n.childForFieldName('property')?.type;
  return n.type === 'member_expression' && (prop === 'property_identifier' || prop === 'private_property_identifier') && isPlainPath(n.childForFieldName('object')!);
}

/** Occurrences of the receiver's text (the same variable or property path) inside `within`. */
function occurrences(ctx: PatchContext, receiver: Node, within: Node): Node[] {
  const out: Node[] = [];
  const root = rootIdentifier(receiver);
  const binding = root ? ctx.scopes.resolve(root) : undefined;
  for (const n of descendants(within)) {
    if (n.type !== receiver.type || n.text !== receiver.text || ctx.scopes.isDeclaration(n)) continue;
    const r = rootIdentifier(n);
    if (root && (!r || ctx.scopes.resolve(r) !== binding)) continue;
    out.push(n);
  }
  return out;
}

/** Why the collection may change while the loop runs, if it may. */
function mutation(ctx: PatchContext, receiver: Node, region: Node, readers: Set<number>): string | undefined {
  for (const occ of occurrences(ctx, receiver, region)) {
    if (readers.has(occ.id)) continue;
    const parent = occ.parent!;
    const at = `line ${occ.startPosition.row + 1}`;
    if (parent.type === 'member_expression' && same(parent.childForFieldName('object'), occ)) {
      const prop = parent.childForFieldName('property')?.text ?? '';
      const grand = parent.parent;
      if (MUTATORS.test(prop) && (grand?.type === 'call_expression' || grand?.type === 'assignment_expression')) return `\`${receiver.text}.${prop}\` changes it at ${at}`;
      continue;
    }
    if (parent.type === 'subscript_expression' && same(parent.childForFieldName('object'), occ)) {
      const grand = parent.parent;
      if ((grand?.type === 'assignment_expression' || grand?.type === 'augmented_assignment_expression') && same(grand.childForFieldName('left'), parent)) return `\`${parent.text}\` is assigned at ${at}`;
      continue;
    }
    if ((parent.type === 'assignment_expression' || parent.type === 'augmented_assignment_expression') && same(parent.childForFieldName('left'), occ)) return `\`${receiver.text}\` is reassigned at ${at}`;
    if (parent.type === 'arguments') return `\`${receiver.text}\` is passed to \`${parent.parent?.childForFieldName('function')?.text}\` at ${at}, which may change it`;
    if (parent.type === 'variable_declarator') return `\`${receiver.text}\` gets a second name at ${at}, through which it may change`;
  }
  if (!rootIdentifier(receiver)) {
    // `this.xs`: a method called on `this` inside the loop may change it.
    for (const n of descendants(region)) {
      if (n.type === 'call_expression' && /^this\.#?[\w$]+$/.test(n.childForFieldName('function')?.text ?? '')) return `\`${n.childForFieldName('function')!.text}()\` is called at line ${n.startPosition.row + 1} and may change \`${receiver.text}\``;
    }
  }
  return undefined;
}

/** True when something in the file shows the receiver is an array (so `includes` is not a substring search). */
function knownArray(ctx: PatchContext, receiver: Node): boolean {
  const root = rootIdentifier(receiver);
  const binding: Binding | undefined = root ? ctx.scopes.resolve(root) : undefined;
  if (binding && receiver.type === 'identifier') {
    const decl = binding.id.parent;
    const value = decl?.type === 'variable_declarator' ? decl.childForFieldName('value') : undefined;
    if (value && ARRAY_INIT.test(value.text)) return true;
    const annotation = decl?.childForFieldName('type')?.text ?? '';
    if (/\[\]|\bArray</.test(annotation)) return true;
  }
  for (const occ of occurrences(ctx, receiver, ctx.root)) {
    const parent = occ.parent;
    if (parent?.type === 'member_expression' && same(parent.childForFieldName('object'), occ) && ARRAY_ONLY.test(parent.childForFieldName('property')?.text ?? '')) return true;
    if (parent?.type === 'assignment_expression' && same(parent.childForFieldName('left'), occ) && ARRAY_INIT.test(parent.childForFieldName('right')?.text ?? '')) return true;
  }
  return false;
}

interface Scan {
  call: Node;
  receiver: Node;
  method: string;
  /** The node replaced (the call, or the comparison around indexOf). */
  replaced: Node;
  negated: boolean;
}

function scanAt(ctx: PatchContext, t: Target): Scan | { reason: string } {
  const isScan = (n: Node) => {
    const f = n.type === 'call_expression' ? n.childForFieldName('function') : null;
    return f?.type === 'member_expression' && /^(includes|indexOf|find)$/.test(f.childForFieldName('property')?.text ?? '');
  };
  const call = findOnLine(ctx.root, ctx.text, t.line, t.column, isScan);
  if (!call) return { reason: `no \`.includes(\`, \`.indexOf(\` or \`.find(\` at line ${t.line}` };
  const f = call.childForFieldName('function')!;
  const receiver = f.childForFieldName('object')!;
  const method = f.childForFieldName('property')!.text;
  const args = call.childForFieldName('arguments')!.namedChildren.filter((a) => a && a.type !== 'comment');
  if (args.length !== 1) return { reason: `\`${f.text}\` at line ${t.line} takes ${args.length} arguments; only the one-argument form is a plain membership test` };
  if (!isPlainPath(receiver)) return { reason: `the collection \`${receiver.text}\` is not a variable or property path, so it may be a new collection on every iteration` };
  if (method !== 'indexOf') return { call, receiver, method, replaced: call, negated: false };
  const cmp = call.parent;
  if (cmp?.type !== 'binary_expression') return { reason: `the index that \`${f.text}\` returns at line ${t.line} is used as a position, not only as a membership test` };
  const op = cmp.childForFieldName('operator')!.text;
  const other = (same(cmp.childForFieldName('left'), call) ? cmp.childForFieldName('right') : cmp.childForFieldName('left'))!.text.replace(/\s+/g, '');
  const left = same(cmp.childForFieldName('left'), call);
  const present = (other === '-1' && ['!==', '!='].includes(op)) || (left && other === '-1' && op === '>') || (left && other === '0' && op === '>=') || (!left && other === '-1' && op === '<') || (!left && other === '0' && op === '<=');
  const absent = (other === '-1' && ['===', '=='].includes(op)) || (left && other === '0' && op === '<') || (!left && other === '0' && op === '>');
  if (!present && !absent) return { reason: `\`${cmp.text}\` at line ${t.line} uses the index, not only whether the element is there` };
  return { call, receiver, method, replaced: cmp, negated: absent };
}

/** The callback of `xs.find((p) => p.key === value)`: the key property and the value expression. */
function findByKey(ctx: PatchContext, call: Node): { param: string; key: string; value: Node } | { reason: string } {
  const fn = call.childForFieldName('arguments')!.namedChildren[0]!;
  if (fn.type !== 'arrow_function' && fn.type !== 'function_expression') return { reason: `the predicate of \`find\` is not an inline function` };
  const paramNode = fn.childForFieldName('parameter') ?? fn.childForFieldName('parameters')?.namedChildren[0];
  const param = paramNode?.type === 'required_parameter' ? paramNode.childForFieldName('pattern') : paramNode;
  if (param?.type !== 'identifier' || (fn.childForFieldName('parameters')?.namedChildren.length ?? 1) > 1) return { reason: 'the predicate of `find` does not take one named element' };
  let body = fn.childForFieldName('body')!;
  if (body.type === 'statement_block') {
    const stmts = body.namedChildren.filter((s) => s && s.type !== 'comment');
    if (stmts.length !== 1 || stmts[0]!.type !== 'return_statement') return { reason: 'the predicate of `find` is more than one comparison' };
    body = stmts[0]!.namedChildren[0]!;
  }
  while (body.type === 'parenthesized_expression') body = body.namedChildren[0]!;
  if (body.type !== 'binary_expression' || !['===', '=='].includes(body.childForFieldName('operator')!.text)) return { reason: 'the predicate of `find` is not an equality test on one property' };
  const l = body.childForFieldName('left')!;
  const r = body.childForFieldName('right')!;
  const isKey = (n: Node) => n.type === 'member_expression' && n.childForFieldName('object')?.text === param.text && n.childForFieldName('property')?.type === 'property_identifier';
  const [keyNode, value] = isKey(l) ? [l, r] : isKey(r) ? [r, l] : [undefined, undefined];
  if (!keyNode || !value) return { reason: 'the predicate of `find` does not compare a property of the element' };
  if (body.childForFieldName('operator')!.text === '==') return { reason: 'the predicate of `find` uses `==`, whose conversions a Map lookup would not make' };
  for (const n of descendants(value)) {
    if (n.type === 'identifier' && n.text === param.text) return { reason: 'the value compared in `find` depends on the element' };
    if (n.type === 'call_expression' || n.type === 'new_expression' || n.type === 'assignment_expression' || n.type === 'update_expression') return { reason: `the value compared in \`find\` (\`${value.text}\`) is computed per element` };
  }
  return { param: param.text, key: keyNode.childForFieldName('property')!.text, value };
}

/**
 * quadratic-collection-scan: a membership test or key lookup that scans an array inside a loop
 * becomes a Set (`includes`, `indexOf`) or a Map by key (`find` on one property) built once,
 * before the outermost loop in which the array does not change.
 */
export function patchCollectionScan(ctx: PatchContext, t: Target): PlanResult {
  const scan = scanAt(ctx, t);
  if ('reason' in scan) return scan;
  const { call, receiver, method } = scan;
  const escape = analyseEscape(ctx.scopes, receiver);
  const regions: Region[] = escape.regions;
  if (regions.length === 0) return { reason: `\`${call.text}\` at line ${t.line} runs once, at module load, not in a loop` };
  if (escape.escapable === 0) return { reason: `the collection \`${receiver.text}\` may differ on every iteration: ${escape.blocker}` };

  let lookup: { key: string; value: Node } | undefined;
  if (method === 'find') {
    const f = findByKey(ctx, call);
    if ('reason' in f) return f;
    lookup = f;
  }

  const readers = new Set<number>([receiver.id]);
  const root = rootIdentifier(receiver);
  const rootBinding = root ? ctx.scopes.resolve(root) : undefined;
  const fileWide = mutation(ctx, receiver, ctx.root, readers);
  let k = escape.escapable === regions.length && !escape.moduleBlocker ? regions.length : Math.min(escape.escapable, regions.length - 1);
  // A module-scope copy would miss changes made anywhere in the file; a module-level array changed
  // in some function may change during the loop through any call.
  if (k === regions.length && fileWide) k = regions.length - 1;
  if (fileWide && root && (!rootBinding || rootBinding.scope.type === 'program')) return { reason: `\`${receiver.text}\` may change while the loop runs: ${fileWide}` };
  if (k === 0) return { reason: `the collection \`${receiver.text}\` may differ on every iteration: ${escape.blocker ?? fileWide}` };
  const toModule = k === regions.length;
  const outer = regions[k - 1]!;
  const changedIn = toModule ? ctx.root : outer.node;
  const changed = toModule ? undefined : mutation(ctx, receiver, outer.node, readers);
  if (changed) return { reason: `\`${receiver.text}\` may change while the loop runs: ${changed}` };
  if (lookup) {
    for (const n of descendants(changedIn)) {
      if ((n.type === 'assignment_expression' || n.type === 'augmented_assignment_expression') && n.childForFieldName('left')?.type === 'member_expression' && n.childForFieldName('left')!.childForFieldName('property')?.text === lookup.key) {
        return { reason: `\`.${lookup.key}\` is assigned at line ${n.startPosition.row + 1}, so a Map keyed by it could go stale` };
      }
    }
  }

  const base = (receiver.type === 'member_expression' ? receiver.childForFieldName('property')!.text : receiver.text).replace(/^#/, '').replace(/^this$/, 'items');
  const name = freshName(lookup ? `${base}By${lookup.key[0]!.toUpperCase()}${lookup.key.slice(1)}` : `${base}Set`, ctx.taken);
  const array = knownArray(ctx, receiver);
  const ts = ctx.typed;
  const needle = lookup ? lookup.value.text : call.childForFieldName('arguments')!.namedChildren[0]!.text;
  const buildFor = (recv: string, isArray: boolean): string[] =>
    lookup
      ? [`// Reversed so that, as with find, the first element with a given ${lookup.key} wins.`, `const ${name} = new Map(${recv}.map((e) => [e.${lookup.key}, e]${ts ? ' as const' : ''}).reverse());`]
      : isArray
        ? [`const ${name} = new Set(${recv});`]
        : // Nothing shows that it is an array; for a string, includes/indexOf search substrings.
          [`const ${name} = Array.isArray(${recv}) ? new Set(${recv}) : undefined;`];
  const replacementFor = (isArray: boolean): string => {
    if (lookup) return `${name}.get(${needle})`;
    if (isArray) return `${scan.negated ? '!' : ''}${name}.has(${needle})`;
    const r = `${name} ? ${scan.negated ? '!' : ''}${name}.has(${needle}) : ${scan.replaced.text}`;
    return scan.replaced.parent?.type === 'parenthesized_expression' ? r : `(${r})`;
  };
  const kind = lookup ? `a Map by \`${lookup.key}\`` : 'a Set';
  const how = lookup ? `\`find\` compares with \`===\`, a Map with SameValueZero: they differ only for NaN` : method === 'indexOf' ? '`indexOf` compares with `===`, a Set with SameValueZero: they differ only for NaN' : '`includes` and `Set.has` both compare with SameValueZero';
  const guardNote = (isArray: boolean, recv: string) => (!lookup && !isArray ? ` Nothing in this file shows that \`${recv}\` is an array, so the Set is used only when it is one (a string's \`${method}\` searches substrings).` : '');

  if (!toModule && receiver.type === 'identifier' && rootBinding?.kind === 'param' && regions[k]?.kind === 'function' && !regions[k]!.iterates) {
    const lifted = liftToCallers(ctx, { receiver, fn: regions[k]!, param: rootBinding, outer, name, kind, how, lookupKey: lookup?.key, buildFor, replacementFor, replaced: scan.replaced, array, guardNote });
    if (!('reason' in lifted)) return lifted;
  }
  const build = buildFor(receiver.text, array);
  const replacement = replacementFor(array);
  const guard = guardNote(array, receiver.text);
  const edits = [{ start: scan.replaced.startIndex, end: scan.replaced.endIndex, text: replacement }];
  if (toModule) {
    let place = ctx.placeAtModule(call, escape.moduleRefs.map((b) => b.id), build);
    if (place.loadRisk) place = ctx.placeAtModule(call, escape.moduleRefs.map((b) => b.id), build, true);
    if (place.loadRisk) return { reason: `top-level code runs the loop while the module loads, before a module-scope ${kind} could be built` };
    edits.push(place.edit);
    return { edits, description: `Builds ${kind} of \`${receiver.text}\` once, at module scope, and looks elements up in it instead of scanning the array on every iteration (${how}).${guard}` };
  }
  const anchor = anchorInside(regions, k);
  if (!anchor) return { reason: `there is no statement before ${outer.label} where ${kind} could be built` };
  edits.push(ctx.insertBefore(anchor, build));
  return {
    edits,
    description: `Builds ${kind} of \`${receiver.text}\` once, before ${outer.label}, and looks elements up in it instead of scanning the array on every iteration (${how}).${guard}`,
  };
}

interface Lift {
  receiver: Node;
  fn: Region;
  param: Binding;
  outer: Region;
  name: string;
  kind: string;
  how: string;
  lookupKey?: string;
  buildFor: (recv: string, isArray: boolean) => string[];
  replacementFor: (isArray: boolean) => string;
  replaced: Node;
  array: boolean;
  guardNote: (isArray: boolean, recv: string) => string;
}

/** The binding that names a function node (`function f`, `const f = (…) =>`). */
function functionBinding(ctx: PatchContext, fn: Node): Binding | undefined {
  const id = fn.childForFieldName('name') ?? (fn.parent?.type === 'variable_declarator' ? fn.parent.childForFieldName('name') : null);
  if (id?.type !== 'identifier') return undefined;
  return ctx.scopes.named(id.text).find((b) => b.id.id === id.id);
}

/**
 * When the array is a parameter of the function that holds the loop, building the Set there
 * would still happen once per call. If every use of that function is a call in this file, the
 * Set (or Map) is built by each caller, before the caller's own loop, and passed in as a new
 * last parameter: once per array rather than once per call.
 */
function liftToCallers(ctx: PatchContext, l: Lift): PlanResult {
  const fnBinding = functionBinding(ctx, l.fn.node);
  if (!fnBinding || fnBinding.kind === 'param') return { reason: 'the function has no name to find its callers by' };
  const params = l.fn.node.childForFieldName('parameters');
  const paramNodes = params?.namedChildren.filter((p): p is Node => !!p && p.type !== 'comment') ?? [];
  const index = paramNodes.findIndex((p) => p.id === l.param.id.id || (p.type === 'required_parameter' && p.childForFieldName('pattern')?.id === l.param.id.id));
  if (!params || index < 0 || paramNodes.some((p) => p.type === 'rest_pattern' || p.type === 'assignment_pattern' || p.type === 'optional_parameter')) return { reason: 'its parameters are not a plain list' };
  const refs = ctx.scopes.references(fnBinding);
  if (refs.length === 0) return { reason: 'the function is not called in this file' };
  const within = mutation(ctx, l.receiver, l.fn.node, new Set([l.receiver.id]));
  if (within) return { reason: within };
  const callers: string[] = [];
  let argsAreArrays = true;
  const sites: { call: Node; arg: Node; anchor: Node; caller: string }[] = [];
  for (const ref of refs) {
    const call = ref.parent;
    if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== ref.id) return { reason: `\`${fnBinding.name}\` is used other than by a call at line ${ref.startPosition.row + 1}` };
    const args = call.childForFieldName('arguments')!.namedChildren.filter((a): a is Node => !!a && a.type !== 'comment');
    if (args.length !== paramNodes.length || args.some((a) => a.type === 'spread_element')) return { reason: `the call at line ${call.startPosition.row + 1} does not pass every parameter` };
    const arg = args[index]!;
    if (!isPlainPath(arg)) return { reason: `the call at line ${call.startPosition.row + 1} passes \`${arg.text}\`, not a variable` };
    const esc = analyseEscape(ctx.scopes, arg);
    if (contains(l.fn.node, call)) return { reason: 'the function calls itself' };
    const k = Math.min(esc.escapable, Math.max(esc.regions.length - 1, 0));
    if (esc.regions.length > 0 && k === 0) return { reason: `at line ${call.startPosition.row + 1}, ${esc.blocker}` };
    const anchor = k === 0 ? enclosingStatementOf(call) : anchorInside(esc.regions, k);
    if (!anchor) return { reason: `no statement before the call at line ${call.startPosition.row + 1}` };
    if (k > 0) {
      const changed = mutation(ctx, arg, esc.regions[k - 1]!.node, new Set([arg.id]));
      if (changed) return { reason: changed };
    }
    if (!knownArray(ctx, arg)) argsAreArrays = false;
    sites.push({ call, arg, anchor, caller: esc.regions.length > 0 ? esc.regions.at(-1)!.label : 'module scope' });
  }
  const allArrays = l.array || argsAreArrays;
  const edits: Edit[] = [{ start: l.replaced.startIndex, end: l.replaced.endIndex, text: l.replacementFor(allArrays) }];
  const last = paramNodes.at(-1);
  const typeNote = ctx.typed ? `: ${l.lookupKey ? 'ReadonlyMap<unknown, any>' : 'ReadonlySet<unknown>'}${allArrays || l.lookupKey ? '' : ' | undefined'}` : '';
  edits.push(last ? { start: last.endIndex, end: last.endIndex, text: `, ${l.name}${typeNote}` } : { start: params.startIndex + 1, end: params.startIndex + 1, text: `${l.name}${typeNote}` });
  for (const s of sites) {
    edits.push(ctx.insertBefore(s.anchor, l.buildFor(s.arg.text, allArrays)));
    const argsNode = s.call.childForFieldName('arguments')!;
    edits.push({ start: argsNode.endIndex - 1, end: argsNode.endIndex - 1, text: `, ${l.name}` });
    callers.push(s.caller);
  }
  return {
    edits,
    description: `Builds ${l.kind} of \`${l.param.name}\` once in ${[...new Set(callers)].join(' and ')}, before the loop that calls ${fnBinding.name}, and passes it in as \`${l.name}\`, so ${fnBinding.name} looks elements up instead of scanning the array on every iteration of ${l.outer.label} (${l.how}). ${fnBinding.name} is only called from this file, so every call passes the new parameter.${l.guardNote(allArrays, l.param.name)}`,
  };
}

function enclosingStatementOf(node: Node): Node | undefined {
  let n: Node | null = node;
  while (n && n.parent && n.parent.type !== 'statement_block' && n.parent.type !== 'program') n = n.parent;
  return n ?? undefined;
}

