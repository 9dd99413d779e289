import type { Node } from 'web-tree-sitter';
import { ancestors, functionName, isFunction, same } from './ast';
import type { PatchContext } from './context';
import { analyseEscape, type Escape } from './escape';
import { findOnLine, hoistConstruction, usageBlocker } from './hoist';
import { memoizeConstruction } from './memo';
import type { PlanResult } from './plan';
import { lowerFirst } from './scope';

export interface Target {
  line: number;
  column: number;
}

const calleeOf = (n: Node): Node | null => (n.type === 'new_expression' ? n.childForFieldName('constructor') : n.type === 'call_expression' ? n.childForFieldName('function') : null);
const argsOf = (n: Node): Node[] => (n.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => !!a && a.type !== 'comment');

const CLIENTISH = /(Client|Agent|Pool|Connection|Sdk|SDK|Service|Api|API|Redis|Kafka|Producer|Consumer|Database|Db|Storage|Transport|Bucket|Queue|Cache|S3|Dynamo|SQS|SNS|Lambda|Octokit|Stripe|Mongo|Sequelize|Prisma|Knex|Elasticsearch|Cluster)/;
const NOT_CLIENTS = /^(Error|\w+Error|Date|Map|Set|WeakMap|WeakSet|Array|Promise|Object|Uint8Array|Float64Array|Int32Array|Buffer|URL|URLSearchParams|RegExp|Intl\..*|Proxy|Function)$/;
const FACTORY = /(^|\.)create[A-Z]\w*$|^axios\.create$/;

function nameFromCallee(callee: string): string {
  const last = callee.split('.').filter(Boolean);
  const base = last.length > 1 && /^[a-z]/.test(last.at(-1)!) ? last.slice(-2).map((p, i) => (i ? p[0]!.toUpperCase() + p.slice(1) : p)).join('') : last.at(-1)!;
  return lowerFirst(base.replace(/^create/, '')) || 'client';
}

/** client-construction-in-hot-path: `new XClient(config)` or `createClient(config)` built per call. */
export function patchClient(ctx: PatchContext, t: Target): PlanResult {
  const candidates = (n: Node) => {
    const callee = calleeOf(n)?.text.replace(/\s+/g, '') ?? '';
    if (n.type === 'new_expression') return !NOT_CLIENTS.test(callee);
    return n.type === 'call_expression' && FACTORY.test(callee) && CLIENTISH.test(callee);
  };
  const node =
    findOnLine(ctx.root, ctx.text, t.line, t.column, (n) => candidates(n) && CLIENTISH.test(calleeOf(n)!.text)) ??
    findOnLine(ctx.root, ctx.text, t.line, t.column, (n) => n.type === 'new_expression' && candidates(n));
  if (!node) return { reason: `no client construction (\`new …(\` or \`create…(\`) at line ${t.line}` };
  const callee = calleeOf(node)!.text.replace(/\s+/g, '');
  if (argsOf(node).some((a) => [...descendantsOf(a)].some((d) => d.type === 'arrow_function' || d.type === 'function_expression'))) {
    return { reason: `the ${callee} is given a callback, whose behaviour per instance the patch cannot judge` };
  }
  const returned = returnedToCaller(ctx, node);
  if (returned) return { reason: `the ${callee} instance is returned to the caller of ${returned}, which may keep, change or close it: sharing it is a decision for the caller` };
  const escape = analyseEscape(ctx.scopes, node);
  if (escape.regions.length > 0 && escape.escapable === 0) {
    return { reason: `the ${/client$/i.test(callee) ? callee : `${callee} client`} cannot be shared: ${escape.blocker}; build it once where that value is known (at start-up, or in a cache keyed by it) and pass it in` };
  }
  return hoistConstruction(ctx, { node, build: node.text, use: (s) => s, baseName: nameFromCallee(callee), type: node.type === 'new_expression' ? callee : `ReturnType<typeof ${callee}>`, what: /client$/i.test(callee) ? `the ${callee}` : `the ${callee} client` }, escape);
}

function* descendantsOf(n: Node): Generator<Node> {
  yield n;
  for (const c of n.namedChildren) if (c) yield* descendantsOf(c);
}

/** The name of the function that returns the object built by `node` (directly or through a const), if one does. */
function returnedToCaller(ctx: PatchContext, node: Node): string | undefined {
  const fn = ancestors(node).find(isFunction);
  if (!fn) return undefined;
  const name = functionName(fn);
  let p = node.parent;
  while (p?.type === 'parenthesized_expression' || p?.type === 'await_expression') p = p.parent;
  if (p?.type === 'return_statement' || (same(p, fn) && fn.type === 'arrow_function')) return name;
  if (p?.type === 'variable_declarator') {
    const id = p.childForFieldName('name');
    const b = id?.type === 'identifier' ? ctx.scopes.resolve(id) : undefined;
    if (b && ctx.scopes.references(b).some((r) => r.parent?.type === 'return_statement' || (r.parent?.type === 'pair' && r.parent.parent?.parent?.type === 'return_statement') || (r.parent?.type === 'shorthand_property_identifier') || (r.type === 'shorthand_property_identifier' && r.parent?.parent?.type === 'return_statement'))) return name;
  }
  return undefined;
}

const GLOBAL_OR_STICKY = /[gy]/;
const CONSUMES_GLOBAL = /\.(replace|replaceAll|split|match|matchAll)$/;

/** regex-compilation-in-hot-path: `new RegExp(…)` per call or per iteration. */
export function patchRegex(ctx: PatchContext, t: Target): PlanResult {
  const isRegExp = (n: Node) => (n.type === 'new_expression' || n.type === 'call_expression') && calleeOf(n)?.text === 'RegExp';
  const node = findOnLine(ctx.root, ctx.text, t.line, t.column, isRegExp);
  if (!node) {
    const literal = findOnLine(ctx.root, ctx.text, t.line, t.column, (n) => n.type === 'regex');
    if (literal) return { reason: `the regular expression at line ${t.line} is a literal: V8 compiles a literal once per source position and only clones it per evaluation, so there is nothing to hoist` };
    return { reason: `no \`new RegExp(\` at line ${t.line}` };
  }
  const args = argsOf(node);
  const flags = args[1];
  if (flags && /^['"`]/.test(flags.text) && GLOBAL_OR_STICKY.test(flags.text.slice(1, -1))) {
    const consumer = node.parent?.type === 'arguments' ? node.parent.parent?.childForFieldName('function')?.text : undefined;
    if (!consumer || !CONSUMES_GLOBAL.test(consumer)) {
      return { reason: `the regular expression has the ${flags.text} flags: a global or sticky RegExp carries \`lastIndex\` from one \`test\`/\`exec\` to the next, so a shared instance would change the matches` };
    }
  }
  const escape = analyseEscape(ctx.scopes, node);
  if (escape.regions.length === 0) return { reason: `the RegExp at line ${t.line} is already built once, at module scope` };
  const what = 'the regular expression';
  const block = usageBlocker(ctx, node);
  if (block) return { reason: `sharing ${what} is not safe: ${block}` };
  if (escape.escapable === escape.regions.length && !escape.moduleBlocker) {
    return hoistConstruction(ctx, { node, build: `new RegExp(${args.map((a) => a.text).join(', ')})`, use: (s) => s, baseName: 'pattern', type: 'RegExp', what }, escape);
  }
  return memoizeConstruction(ctx, {
    node, ctor: 'RegExp', args, use: (s) => s, baseName: 'regExp', type: 'RegExp', what,
    stateless: 'A RegExp without the g or y flag keeps no state between matches', regexFlags: 1, argNames: ['source', 'flags'],
  }, escape);
}

const INTL = /^Intl\.(NumberFormat|DateTimeFormat|Collator|PluralRules|RelativeTimeFormat|ListFormat|Segmenter|DisplayNames)$/;
const NUMBER_OPTIONS = new Set(['style', 'currency', 'currencyDisplay', 'currencySign', 'unit', 'unitDisplay', 'minimumIntegerDigits', 'minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits', 'maximumSignificantDigits', 'notation', 'compactDisplay', 'signDisplay', 'useGrouping', 'roundingMode', 'roundingPriority', 'roundingIncrement', 'trailingZeroDisplay']);
const DATE_FIELDS = new Set(['weekday', 'year', 'month', 'day']);
const TIME_FIELDS = new Set(['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits']);

function optionKeys(ctx: PatchContext, options: Node | undefined): Set<string> | undefined {
  let obj = options;
  if (obj?.type === 'identifier') {
    const b = ctx.scopes.resolve(obj);
    const value = b?.kind === 'const' ? b.id.parent?.childForFieldName('value') : undefined;
    obj = value ?? undefined;
  }
  if (obj?.type !== 'object') return undefined;
  const keys = new Set<string>();
  for (const p of obj.namedChildren) {
    if (p?.type === 'pair') keys.add(p.childForFieldName('key')!.text.replace(/^['"]|['"]$/g, ''));
    else if (p?.type === 'shorthand_property_identifier') keys.add(p.text);
    else if (p && p.type !== 'comment') return undefined; // a spread: keys unknown
  }
  return keys;
}

/** The Intl formatter a `toLocale…String(locales, options)` call builds, when that formatter formats exactly the same. */
function formatterForToLocale(method: string, keys: Set<string>): { ctor: string; why?: string } {
  const has = (set: Set<string>) => [...keys].some((k) => set.has(k));
  if (method === 'toLocaleString') {
    if (has(NUMBER_OPTIONS)) return { ctor: 'Intl.NumberFormat' };
    if (has(DATE_FIELDS) || has(TIME_FIELDS) || keys.has('dateStyle') || keys.has('timeStyle')) return { ctor: 'Intl.DateTimeFormat' };
    return { ctor: '', why: 'its options name no number or date field, so whether the value is a number or a date (which format differently) cannot be told from the source' };
  }
  if (method === 'toLocaleDateString') {
    if (has(DATE_FIELDS) || keys.has('dateStyle') || (!has(TIME_FIELDS) && !keys.has('timeStyle'))) return { ctor: 'Intl.DateTimeFormat' };
    return { ctor: '', why: 'toLocaleDateString adds year, month and day to options that name only time fields, which an Intl.DateTimeFormat with the same options would not' };
  }
  if (has(TIME_FIELDS) || keys.has('timeStyle')) return { ctor: 'Intl.DateTimeFormat' };
  return { ctor: '', why: 'toLocaleTimeString adds hour, minute and second to options without time fields, which an Intl.DateTimeFormat with the same options would not' };
}

/** True when the expression is certainly a number (so its toLocaleString is Number's). */
function isNumeric(n: Node): boolean {
  switch (n.type) {
    case 'number':
      return true;
    case 'parenthesized_expression':
      return isNumeric(n.namedChildren[0]!);
    case 'unary_expression':
      return ['-', '+', '~'].includes(n.child(0)?.text ?? '');
    case 'binary_expression': {
      const op = n.childForFieldName('operator')!.text;
      if (['*', '/', '-', '%', '**', '|', '&', '^', '<<', '>>', '>>>'].includes(op)) return true;
      return op === '+' && isNumeric(n.childForFieldName('left')!) && isNumeric(n.childForFieldName('right')!);
    }
    case 'call_expression':
      return /^(Number|parseInt|parseFloat|Math\.\w+)$/.test(n.childForFieldName('function')?.text ?? '');
    case 'member_expression':
      return n.childForFieldName('property')?.text === 'length';
    default:
      return false;
  }
}

/** The escape of several argument nodes that share their enclosing loops and functions. */
function combineEscapes(list: Escape[]): Escape {
  const [first, ...rest] = list;
  if (!first) throw new Error('combineEscapes needs at least one escape');
  return rest.reduce<Escape>((acc, e) => {
    const blocks = e.escapable < acc.escapable;
    return {
      regions: acc.regions,
      escapable: Math.min(acc.escapable, e.escapable),
      blocker: blocks ? e.blocker : acc.blocker,
      moduleBlocker: acc.moduleBlocker ?? e.moduleBlocker,
      lazy: acc.lazy || e.lazy,
      lazyWhy: acc.lazyWhy ?? e.lazyWhy,
      moduleRefs: [...acc.moduleRefs, ...e.moduleRefs],
    };
  }, first);
}

/** locale-formatter-construction: `new Intl.X(…)` or `value.toLocale…String(locales, options)` per call. */
export function patchFormatter(ctx: PatchContext, t: Target): PlanResult {
  const isIntl = (n: Node) => (n.type === 'new_expression' || n.type === 'call_expression') && INTL.test(calleeOf(n)?.text.replace(/\s+/g, '') ?? '');
  const isToLocale = (n: Node) => n.type === 'call_expression' && /\.toLocale(Date|Time)?String$/.test(calleeOf(n)?.text ?? '');
  const isLocaleCompare = (n: Node) => n.type === 'call_expression' && /\.localeCompare$/.test(calleeOf(n)?.text ?? '');
  const node = findOnLine(ctx.root, ctx.text, t.line, t.column, (n) => isIntl(n) || isToLocale(n) || isLocaleCompare(n));
  if (!node) return { reason: `no \`new Intl.…(\`, \`toLocale…String(\` or \`localeCompare(\` at line ${t.line}` };

  let ctor: string;
  let args = argsOf(node);
  let use: (shared: string) => string = (s) => s;
  const receiverText = (r: Node) => (['identifier', 'member_expression', 'call_expression', 'parenthesized_expression', 'subscript_expression', 'string', 'template_string'].includes(r.type) ? r.text : `(${r.text})`);
  if (isIntl(node)) {
    ctor = calleeOf(node)!.text.replace(/\s+/g, '');
  } else if (isLocaleCompare(node)) {
    // a.localeCompare(b, locales, options) is, by specification, new Intl.Collator(locales, options).compare(a, b).
    const receiver = calleeOf(node)!.childForFieldName('object')!;
    if (args.length < 2) return { reason: '`localeCompare` without locales or options uses V8\'s cached default collator: nothing to hoist' };
    if (args.some((a) => a.type === 'spread_element')) return { reason: 'the arguments of `localeCompare` are spread, so the locales and options cannot be told apart' };
    const other = args[0]!;
    ctor = 'Intl.Collator';
    args = args.slice(1, 3);
    use = (s) => `${s}.compare(${receiverText(receiver)}, ${other.text})`;
  } else {
    const callee = calleeOf(node)!;
    const method = callee.childForFieldName('property')!.text;
    const receiver = callee.childForFieldName('object')!;
    if (args.length === 0) return { reason: `\`${method}()\` without locales or options uses V8's cached default formatter: nothing to hoist` };
    if (method === 'toLocaleString' && isNumeric(receiver)) {
      // Number.prototype.toLocaleString(locales, options) is new Intl.NumberFormat(locales, options).format(n).
      ctor = 'Intl.NumberFormat';
    } else {
      const keys = args[1] ? optionKeys(ctx, args[1]) : new Set<string>();
      if (!keys) return { reason: `the options of \`${method}\` at line ${t.line} are not an object literal, so which formatter it builds cannot be told` };
      const f = formatterForToLocale(method, keys);
      if (!f.ctor) return { reason: `\`${method}\` at line ${t.line} is not patched: ${f.why}` };
      ctor = f.ctor;
    }
    args = args.slice(0, 2);
    const recv = receiverText(receiver);
    use = (s) => `${s}.format(${recv})`;
  }
  const short = ctor.replace(/^Intl\./, '');
  const what = `the Intl.${short} formatter`;
  // Only what the formatter is built from counts: not the value formatted, nor the string compared.
  const escape = args.length > 0 ? combineEscapes(args.map((a) => analyseEscape(ctx.scopes, a))) : analyseEscape(ctx.scopes, node);
  if (escape.regions.length === 0) return { reason: `${what} at line ${t.line} is already built once, at module scope` };
  const block = usageBlocker(ctx, node);
  if (block) return { reason: `sharing ${what} is not safe: ${block}` };
  const baseName = lowerFirst(short);
  const build = `new ${ctor}(${args.map((a) => a.text).join(', ')})`;
  if (escape.escapable === escape.regions.length && !escape.moduleBlocker) {
    return hoistConstruction(ctx, { node, build, use, baseName, type: ctor, what }, { ...escape });
  }
  return memoizeConstruction(ctx, { node, ctor, args, use, baseName, type: ctor, what, stateless: `An ${ctor} keeps no state between calls`, argNames: ['locales', 'options'] }, escape);
}
