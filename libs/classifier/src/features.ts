import type { CallTree, HotStack } from '@hotpath/analysis';
import { canonicalName, moduleOf, type FrameKind } from '@hotpath/rules';
import { stackFrameKind } from './rename';

/**
 * The feature vector of a hot stack. Everything the classifier sees is here,
 * in a fixed layout of FEATURES floats. It is built to survive renaming: the
 * names of application and library frames are never hashed (a company's own
 * client wrapper, a vendored SDK or a renamed library looks like any other
 * code), only their shape and their place on the stack; the runtime's frames
 * (V8 builtins, `node:` internals, Go's standard library, `java.*`,
 * `System.*`) are hashed by name, since the same work runs through them
 * whatever wraps it.
 *
 * [0, HASH_BUCKETS)  hashed tokens (FNV-1a 32-bit, modulo HASH_BUCKETS). Each
 *   token is prefixed with its group before hashing, so the same word counts
 *   differently by where it was seen. Groups (each an indicator set of buckets,
 *   scaled by 1/sqrt(size of the set) so long stacks do not outweigh short ones):
 *   - `w:` words of the runtime frames among the last WINDOW frames (the leaf end, where the cost is);
 *   - `b:` word bigrams inside one of those frame names (`secure context`, `json parse`);
 *   - `c:` character trigrams of those words, padded with a space (` re`, `reg`, `ege`, …), so
 *     related spellings (`regex`, `regexp`, `RegularExpressions`) share buckets;
 *   - `r:` words of every runtime frame of the stack (the entry points: HTTP server, timers, promise jobs);
 *   - `l:` words of the leaf frame and `L:` its whole canonical name, when it is the runtime's;
 *   - `m:` modules (`node:fs`, `java.util.regex.Pattern`, Go package) and `f:` file base names of
 *     the runtime frames in the window;
 *   - `s:` the shape of each non-runtime frame in the window, with its kind and distance from
 *     the leaf (`s:application:ctor:1`: a capitalised name, a JavaScript constructor, just above
 *     the leaf); shapes are `ctor`, `anon`, `method` (`A.b`), `closure` (Go `funcN`, JS `<anonymous>`),
 *     `init`, `plain`;
 *   - `a:` the same shapes without the distance (`a:application:ctor`: a constructor somewhere in
 *     the window), and `a:recursion` when a non-runtime frame there calls itself;
 *   - `k:` the kinds of the last 3 frames (`k:library>runtime>runtime`), `K:` the run-length
 *     compressed kinds of the whole stack (`K:runtime>application>runtime`).
 *   Words come from frame names split on `.`, `/`, `:`, `$`, `_`, punctuation and
 *   camelCase boundaries, lower-cased, digits-only words dropped.
 * Then the dense features, from DENSE_OFFSET:
 *   0 depth / 64 (clamped to 1); 1 leaf is application; 2 leaf is library; 3 leaf is runtime;
 *   4–6 share of application / library / runtime frames in the whole stack;
 *   7–9 the same over the last WINDOW frames; 10 the stack's share (leaf self / profile total);
 *   11 sqrt of the share; 12 the leaf frame's self share; 13 the leaf frame's total share;
 *   14 distance from the leaf to the nearest application frame / WINDOW (1 when none within it);
 *   15 1 when the stack has an application frame; 16 bias-like constant 1;
 *   17 runtime frames at the leaf end (the tail below the last non-runtime frame) / WINDOW;
 *   18 distinct non-runtime frames below the nearest application frame … / WINDOW, counted from
 *      the topmost non-runtime frame of the window's last run (how deep the wrapper code is);
 *   19 the leaf is a VM pseudo-frame (`(garbage collector)`, `(program)`, GC workers);
 *   20 sqrt of the total share of the nearest non-runtime frame (how much its subtree weighs);
 *   21–23 are zero unless the owner runs at least MIN_REGEX_SOURCES (3) distinct expressions;
 *   21 regular expressions compiled fresh under the owner: distinct `RegExp: <source>` callees /
 *      8 (clamped to 1) times the share of them seen in one or two samples only — many sources
 *      each run once or twice is a pattern built from data per call, a few sources run
 *      thousands of times are precompiled ones;
 *   22 distinct `RegExp: <source>` callees of the owner / 16 (clamped to 1), however often each
 *      runs: a function that builds its expressions from a table of rules per call runs the same
 *      few sources again and again, and V8's compilation cache hides most of their compile;
 *   23 the owner's own share against its own share plus its regular expressions' share: compiling
 *      and constructing per call is the owner's own time, matching precompiled ones is the callees'.
 *   24 the leaf is a constructor (an application or library frame of `ctor` shape) whose own time,
 *      over all its call sites, is at least FIRST_STATEMENT_SHARE on one line among the first
 *      FIRST_STATEMENT_LINES of its body, and this stack ends on that line (StackInput.firstStatement).
 *      An error class captures its stack in `super(message)`, its first statement, so nearly
 *      all its own time is there; a client or value object spreads its constructor's time over
 *      the fields it builds. Lines are the profile's, so renaming leaves them alone; 0 where the
 *      format records no lines or no first line of the function (JFR).
 * A `RegExp: <source>` pseudo-frame is read as `RegExp`: its source is the program's text; a JVM
 * lambda or method-handle frame without its capturing class, address and hash (hiddenClass).
 */
export const HASH_BUCKETS = 2048;
export const WINDOW = 8;
export const DENSE = 25;
export const DENSE_OFFSET = HASH_BUCKETS;
export const FEATURES = HASH_BUCKETS + DENSE;

export interface StackFrameInput {
  name: string;
  file: string;
  /** This function's self value / profile total, when known. */
  self?: number;
  /** This function's total (inclusive) value / profile total, when known. */
  total?: number;
}

export interface StackInput {
  /** Root first. */
  frames: StackFrameInput[];
  /** The stack's own share of the profile (the leaf's self value on this path / total). */
  share: number;
  /** The regular expressions the stack's owner (its nearest non-runtime frame from the leaf end) runs, when any. */
  context?: RegexContext;
  /**
   * The stack ends on the line that holds at least FIRST_STATEMENT_SHARE of its leaf function's own
   * time, and that line is one of the function's first FIRST_STATEMENT_LINES (dense feature 24).
   */
  firstStatement?: boolean;
}

/** Dense feature 24: the part of a function's own time on one line, and how far into the function that line may be. */
export const FIRST_STATEMENT_SHARE = 0.85;
export const FIRST_STATEMENT_LINES = 3;

/**
 * The regular expressions one function is seen running anywhere in the
 * profile (V8's `RegExp: <source>` pseudo-frames beneath it, over all its
 * call sites). V8 compiles a regular expression inside its caller's own
 * samples, so a stack ending in that time shows nothing of it; what does show
 * is how many different sources the function runs, and how often each. The
 * pseudo-frames are the runtime's, so renaming leaves them alone.
 */
export interface RegexContext {
  /** Distinct regular-expression sources run directly under it. */
  regexSources: number;
  /** Of those, the sources seen in at most two samples. */
  regexRare: number;
  /** Their summed value / profile total. */
  regexShare: number;
  /** The function's own (self) value / profile total, over all its lines and call sites. */
  ownShare: number;
}

/** FNV-1a, 32 bits, over the UTF-16 code units of `s`. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The words of a frame name or path: split on punctuation, snake_case and camelCase, lower-cased. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[^A-Za-z0-9]+/)) {
    if (!part) continue;
    // `S3Client` → S3, Client; `parseJSONBody` → parse, JSON, Body; `HTTPServer` → HTTP, Server.
    const pieces = part.match(/[A-Z]+(?![a-z])[0-9]*|[A-Z]?[a-z]+[0-9]*|[0-9]+/g) ?? [part];
    for (const p of pieces) if (!/^[0-9]+$/.test(p)) out.push(p.toLowerCase());
  }
  return out;
}

function baseName(file: string): string {
  const last = file.split(/[\\/]/).pop() ?? '';
  return last.replace(/\.[A-Za-z0-9]+$/, '').replace(/:\d+$/, '');
}

const KIND_INDEX: Record<FrameKind, number> = { application: 0, library: 1, runtime: 2 };

/** The shape of a non-runtime frame's name: what survives renaming it. */
export function nameShape(name: string): string {
  if (/^\(.*\)$|^<anonymous>$|^$/.test(name)) return 'anon';
  if (/(^|\.)(<init>|\.ctor)$/.test(name)) return 'ctor';
  if (/(^|\.)(<clinit>|\.cctor|init(\.\d+)?)$/.test(name)) return 'init';
  if (/\.func\d+(\.\d+)*$|\$\$Lambda|lambda\$|\$\d+$/.test(name)) return 'closure';
  if (/[.:/]/.test(name)) return 'method';
  return /^[A-Z]/.test(name) ? 'ctor' : 'plain';
}

const REGEX_FRAME = /^RegExp: /;
/** Fewer distinct expressions under one owner than this leave features 21–23 at zero. */
export const MIN_REGEX_SOURCES = 3;

/**
 * The JVM's generated classes, without what varies from run to run and from
 * program to program: `app.Shop$$Lambda$92+0x00007f0e6c009658/2025269734.apply`
 * is `$$Lambda.apply` (the capturing class is the program's name, unless it
 * is the JDK's, and the rest is a counter, an address and an identity hash);
 * `LambdaForm$MH+0x…/706760298.invoke` is `LambdaForm$MH.invoke`.
 */
export function hiddenClass(name: string): string {
  if (!/[+/.]0x[0-9a-f]+|\$\$Lambda/.test(name)) return name;
  // Dotted (JFR, pprof) or slashed (async-profiler's collapsed stacks) package paths alike.
  return name
    .replace(/^(?!(java|javax|jdk|sun|com[./]sun)[./])[\w$./]*?\$\$Lambda/, '$$$$Lambda')
    .replace(/\$\$Lambda\$\d+/, '$$$$Lambda')
    .replace(/[+/.]0x[0-9a-f]+(?=[./+]|$)/g, '')
    .replace(/\/\d+(?=\.)/g, '');
}

const PSEUDO_LEAF = /^\((garbage collector|program|idle)\)$|^Garbage Collection$|^runtime\.(gcBgMarkWorker|bgsweep|bgscavenge|mcall|gcDrain)|^GC_|^G1|^ParallelGC/;

// Token groups, in the order their buckets are deduplicated.
const GROUPS = ['r', 'w', 'b', 'c', 'm', 'f', 'l', 'L', 's', 'a', 'k', 'K'] as const;
type Group = (typeof GROUPS)[number];
const G = Object.fromEntries(GROUPS.map((g, i) => [g, i])) as Record<Group, number>;

/** What one frame contributes, as (group, bucket) pairs: computed once per frame per process. */
interface FrameFacts {
  kind: FrameKind;
  shape: string;
  /** Flat [group, bucket, group, bucket, …]: `r:` words (runtime frames only). */
  anywhere: number[];
  /** …when it is a runtime frame among the last WINDOW frames. */
  window: number[];
  /** …when it is the leaf. */
  leaf: number[];
  /** `s:` buckets by distance from the leaf (0–4) and the `a:` bucket (non-runtime frames only). */
  shapeAt: number[];
  shapeAny: number;
}

// Stacks share most of their frames: what a frame contributes is computed once per process.
const FACTS = new Map<string, FrameFacts>();
const MAX_FACTS = 100_000;

const bucket = (group: Group, token: string) => fnv1a(`${group}:${token}`) % HASH_BUCKETS;

function frameFacts(rawName: string, file: string): FrameFacts {
  const key = `${rawName}\u0000${file}`;
  const cached = FACTS.get(key);
  if (cached) return cached;
  const kind = stackFrameKind(rawName, file);
  const name = REGEX_FRAME.test(rawName) ? 'RegExp' : hiddenClass(canonicalName(rawName));
  const shape = nameShape(name);
  const facts: FrameFacts = { kind, shape, anywhere: [], window: [], leaf: [], shapeAt: [], shapeAny: -1 };
  const push = (list: number[], group: Group, token: string) => list.push(G[group], bucket(group, token));
  if (kind === 'runtime') {
    const ws = words(name);
    for (const w of ws) push(facts.anywhere, 'r', w);
    for (const w of ws) push(facts.window, 'w', w);
    for (let k = 0; k + 1 < ws.length; k++) push(facts.window, 'b', `${ws[k]} ${ws[k + 1]}`);
    for (const w of ws) for (let k = 0; k + 3 <= w.length + 2; k++) push(facts.window, 'c', ` ${w} `.slice(k, k + 3));
    const mod = moduleOf(name, file);
    if (mod) push(facts.window, 'm', mod.toLowerCase());
    const base = baseName(file);
    if (base) push(facts.window, 'f', base.toLowerCase());
    for (const w of ws) push(facts.leaf, 'l', w);
    push(facts.leaf, 'L', name.toLowerCase());
  } else {
    for (let dist = 0; dist <= 4; dist++) facts.shapeAt.push(bucket('s', `${kind}:${shape}:${dist}`));
    facts.shapeAny = bucket('a', `${kind}:${shape}`);
  }
  if (FACTS.size >= MAX_FACTS) FACTS.clear();
  FACTS.set(key, facts);
  return facts;
}

const KIND_BUCKETS = new Map<string, number>();
const RECURSION = bucket('a', 'recursion');

function kindsBucket(group: 'k' | 'K', kinds: string): number {
  const key = `${group}:${kinds}`;
  let b = KIND_BUCKETS.get(key);
  if (b === undefined) KIND_BUCKETS.set(key, (b = bucket(group, kinds)));
  return b;
}

// Per-stack deduplication of (group, bucket): a stamp per pair instead of sets of strings.
const stamps = new Uint32Array(GROUPS.length * HASH_BUCKETS);
let stamp = 0;
const seen: number[][] = GROUPS.map(() => []);

/** The feature vector of one stack (see the layout above). */
export function stackFeatures(stack: StackInput, out = new Float32Array(FEATURES)): Float32Array {
  out.fill(0);
  const frames = stack.frames;
  const n = frames.length;
  const facts = frames.map((f) => frameFacts(f.name, f.file));
  const kinds = facts.map((f) => f.kind);
  if (++stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  for (const list of seen) list.length = 0;
  const add = (g: number, b: number) => {
    const i = g * HASH_BUCKETS + b;
    if (stamps[i] === stamp) return;
    stamps[i] = stamp;
    seen[g].push(b);
  };
  const addAll = (pairs: number[]) => {
    for (let k = 0; k < pairs.length; k += 2) add(pairs[k], pairs[k + 1]);
  };
  const from = Math.max(0, n - WINDOW);
  for (let i = 0; i < n; i++) addAll(facts[i].anywhere);
  for (let i = from; i < n; i++) {
    if (kinds[i] !== 'runtime') {
      add(G.s, facts[i].shapeAt[Math.min(n - 1 - i, 4)]);
      add(G.a, facts[i].shapeAny);
      if (i > 0 && frames[i - 1].name === frames[i].name && frames[i - 1].file === frames[i].file) add(G.a, RECURSION);
      continue;
    }
    addAll(facts[i].window);
  }
  if (n > 0) {
    addAll(facts[n - 1].leaf);
    add(G.k, kindsBucket('k', kinds.slice(Math.max(0, n - 3)).join('>')));
    add(G.K, kindsBucket('K', kinds.filter((k, i) => i === 0 || kinds[i - 1] !== k).join('>')));
  }
  for (const buckets of seen) {
    if (buckets.length === 0) continue;
    const weight = 1 / Math.sqrt(buckets.length);
    for (const b of buckets) out[b] += weight;
  }

  const d = DENSE_OFFSET;
  out[d] = Math.min(n / 64, 1);
  if (n > 0) out[d + 1 + KIND_INDEX[kinds[n - 1]]] = 1;
  const all = [0, 0, 0];
  const win = [0, 0, 0];
  kinds.forEach((k, i) => {
    all[KIND_INDEX[k]]++;
    if (i >= from) win[KIND_INDEX[k]]++;
  });
  for (let k = 0; k < 3; k++) {
    out[d + 4 + k] = n ? all[k] / n : 0;
    out[d + 7 + k] = n - from ? win[k] / (n - from) : 0;
  }
  const share = Math.max(0, Math.min(1, stack.share));
  out[d + 10] = share;
  out[d + 11] = Math.sqrt(share);
  const leaf = frames[n - 1];
  out[d + 12] = Math.max(0, Math.min(1, leaf?.self ?? share));
  out[d + 13] = Math.max(0, Math.min(1, leaf?.total ?? share));
  let app = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (kinds[i] === 'application') {
      app = i;
      break;
    }
  }
  out[d + 14] = app < 0 ? 1 : Math.min((n - 1 - app) / WINDOW, 1);
  out[d + 15] = app < 0 ? 0 : 1;
  out[d + 16] = 1;
  let tail = 0;
  while (tail < n && kinds[n - 1 - tail] === 'runtime') tail++;
  out[d + 17] = Math.min(tail / WINDOW, 1);
  let run = 0;
  for (let i = n - 1 - tail; i >= 0 && kinds[i] !== 'runtime'; i--) run++;
  out[d + 18] = Math.min(run / WINDOW, 1);
  out[d + 19] = n > 0 && PSEUDO_LEAF.test(frames[n - 1].name) ? 1 : 0;
  const owner = n - 1 - tail;
  out[d + 20] = owner >= 0 ? Math.sqrt(Math.max(0, Math.min(1, frames[owner].total ?? share))) : 0;
  const ctx = stack.context;
  // One or two expressions say nothing either way: a clean function may well run a couple.
  if (ctx && ctx.regexSources >= MIN_REGEX_SOURCES) {
    out[d + 21] = Math.min(ctx.regexSources / 8, 1) * (ctx.regexRare / ctx.regexSources);
    out[d + 22] = Math.min(ctx.regexSources / 16, 1);
    const mass = ctx.ownShare + ctx.regexShare;
    out[d + 23] = mass > 0 ? ctx.ownShare / mass : 0;
  }
  if (stack.firstStatement && n > 0 && kinds[n - 1] !== 'runtime' && facts[n - 1].shape === 'ctor') out[d + 24] = 1;
  return out;
}

/** Features of many stacks, one row each, in one [stacks.length × FEATURES] buffer (row-major). */
export function featureMatrix(stacks: readonly StackInput[]): Float32Array {
  const m = new Float32Array(stacks.length * FEATURES);
  stacks.forEach((s, i) => stackFeatures(s, m.subarray(i * FEATURES, (i + 1) * FEATURES)));
  return m;
}

/** The regular expressions every function of a call tree runs, by function key (see RegexContext). */
export function regexContexts(tree: CallTree): Map<number, RegexContext> {
  const perOwner = new Map<number, Map<string, number>>();
  for (let n = 1; n < tree.size; n++) {
    const p = tree.parent[n];
    const name = tree.frames.name(tree.frame[n]);
    if (p <= 0 || !REGEX_FRAME.test(name)) continue;
    const owner = tree.frames.functionKey(tree.frame[p]);
    let sources = perOwner.get(owner);
    if (!sources) perOwner.set(owner, (sources = new Map()));
    sources.set(name, (sources.get(name) ?? 0) + Math.abs(tree.totals[n]));
  }
  const out = new Map<number, RegexContext>();
  if (perOwner.size === 0) return out;
  // A source "seen once or twice": its value is at most two and a half samples' worth. Importers
  // merge equal samples into one record, so a sample's worth comes from the samples taken.
  const taken = tree.samplesTaken;
  const rare = 2.5 * (taken > 0 ? Math.abs(tree.total) / taken : 1);
  const own = ownTimeByFunction(tree);
  const total = Math.abs(tree.total) || 1;
  for (const [owner, sources] of perOwner) {
    const values = [...sources.values()];
    const sum = values.reduce((a, b) => a + b, 0);
    out.set(owner, {
      regexSources: values.length,
      regexRare: values.filter((v) => v <= rare).length,
      regexShare: sum / total,
      ownShare: own[owner] / total,
    });
  }
  return out;
}

const CONTEXTS = new WeakMap<CallTree, Map<number, RegexContext>>();

/** Each function's own time over all its lines and call sites (the tree's per-frame self values summed), by function key. */
function ownTimeByFunction(tree: CallTree): Float64Array {
  const own = new Float64Array(tree.frames.functionKeys);
  for (let f = 0; f < tree.frames.size; f++) own[tree.frames.functionKey(f)] += Math.abs(tree.frameSelf[f]);
  return own;
}

/**
 * The frames (function and line) that hold at least FIRST_STATEMENT_SHARE of their function's own
 * time and lie among its first FIRST_STATEMENT_LINES lines (line − first line of the function < that).
 */
export function firstStatementFrames(tree: CallTree): Set<number> {
  const own = ownTimeByFunction(tree);
  const top = new Map<number, number>();
  for (let f = 1; f < tree.frames.size; f++) {
    const key = tree.frames.functionKey(f);
    const best = top.get(key);
    if (best === undefined || Math.abs(tree.frameSelf[f]) > Math.abs(tree.frameSelf[best])) top.set(key, f);
  }
  const out = new Set<number>();
  for (const [key, f] of top) {
    const v = Math.abs(tree.frameSelf[f]);
    const line = tree.frames.frames[f].line;
    const start = tree.frames.startLine(f);
    if (v === 0 || line <= 0 || start <= 0 || line < start || line - start >= FIRST_STATEMENT_LINES) continue;
    if (v >= FIRST_STATEMENT_SHARE * own[key]) out.add(f);
  }
  return out;
}

const FIRST_STATEMENTS = new WeakMap<CallTree, Set<number>>();

/** A call tree's hot stack as classifier input: frame names and files, per-function shares, and its owner's regular expressions. */
export function stackInput(tree: CallTree, hot: HotStack): StackInput {
  const total = Math.abs(tree.total) || 1;
  let contexts = CONTEXTS.get(tree);
  if (!contexts) CONTEXTS.set(tree, (contexts = regexContexts(tree)));
  const input: StackInput = {
    share: hot.share,
    frames: hot.frames.map((id) => ({
      name: tree.frames.name(id),
      file: tree.frames.file(id),
      self: Math.abs(tree.frameSelf[id]) / total,
      total: Math.abs(tree.frameTotal[id]) / total,
    })),
  };
  const owner = ownerIndex(input);
  const context = owner < 0 ? undefined : contexts.get(tree.frames.functionKey(hot.frames[owner]));
  if (context) input.context = context;
  let first = FIRST_STATEMENTS.get(tree);
  if (!first) FIRST_STATEMENTS.set(tree, (first = firstStatementFrames(tree)));
  if (hot.frames.length > 0 && first.has(hot.frames[hot.frames.length - 1])) input.firstStatement = true;
  return input;
}

/** Where a stack's owner is: its nearest non-runtime frame above the runtime frames at its leaf end; -1 when it has none. */
export function ownerIndex(stack: StackInput): number {
  for (let i = stack.frames.length - 1; i >= 0; i--) {
    const f = stack.frames[i];
    if (stackFrameKind(f.name, f.file) !== 'runtime') return i;
  }
  return -1;
}
