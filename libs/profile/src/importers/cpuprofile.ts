import { ProfileBuilder } from '../builder';
import { LimitExceededError, MalformedProfileError, NotThisFormat } from '../errors';
import type { ImportContext, Importer } from '../importer';
import type { Profile, ValueType } from '../model';
import { isObject, objectAt, arrayAt, numberAt, intAt, stringAt, JsonObject, withFormat } from './json-shape';

const FORMAT = 'cpuprofile';

/**
 * Microseconds because V8 records microseconds: values stay the integers the
 * file holds. `wall` counts every sample, idle included; `cpu` is the same
 * time with `(idle)` samples at 0, and is the default, since idle time is
 * not work any rule can blame (DESIGN.md, "Node wall-clock profiles").
 */
const SAMPLE_TYPES: readonly ValueType[] = [
  { type: 'samples', unit: 'count' },
  { type: 'wall', unit: 'microseconds' },
  { type: 'cpu', unit: 'microseconds' },
];
const CPU = 2;

/** The name Chrome DevTools shows for a function V8 reports with an empty name. */
const ANONYMOUS = '(anonymous)';

/**
 * V8 `.cpuprofile`, as written by `node --cpu-prof`, Chrome DevTools and the
 * inspector's `Profiler.stop` (the `Profiler.Profile` type of the Chrome
 * DevTools Protocol: a flat `nodes` array, `samples` and `timeDeltas` in
 * microseconds), and the older shape written by V8's C++ API through
 * `v8-profiler-node8` (a nested `head` tree and absolute `timestamps`).
 *
 * The call tree becomes one sample per sampled node (the model keeps no
 * timestamps, so nothing is lost by merging a node's samples). `(root)` is
 * not a frame; `(program)`, `(garbage collector)` and `(idle)` stay as frames
 * so their time remains visible, and `(idle)` counts for wall time only.
 */
export const cpuprofileImporter: Importer = {
  format: FORMAT,
  extensions: ['.cpuprofile'],
  sniff(_head, headText) {
    return headText !== null && looksLikeCpuProfile(headText);
  },
  parse(_data, ctx) {
    return importV8ProfileJson(ctx.json(FORMAT), ctx);
  },
};

/** Imports a profile already parsed from JSON in the Chrome DevTools Protocol's `Profiler.Profile` shape. */
export function importV8ProfileJson(json: unknown, ctx: ImportContext): Profile {
  return withFormat(FORMAT, () => importCpuProfile(readCpuProfile(json, ctx.limits.maxSamples), ctx));
}

/**
 * A cheap look at the first 4 KiB, for keys (a name followed by `:`, so
 * that a function called `selfSize` is no key). The modern shape opens with
 * its node table (`"nodes"` with `"callFrame"`s); the legacy one with a
 * `"head"` node carrying `"functionName"` itself. A V8 heap profile also
 * has a `"head"`, but its nodes carry `callFrame` and `selfSize`; a Chrome
 * trace embeds CPU profiles under `"traceEvents"`: neither is ours.
 */
function looksLikeCpuProfile(text: string): boolean {
  const key = (name: string) => new RegExp(`"${name}"\\s*:`).test(text);
  if (!/^\s*\{/.test(text) || key('traceEvents') || key('selfSize')) return false;
  if (key('nodes') && key('callFrame')) return true;
  return key('head') && key('functionName') && key('hitCount');
}

// ---------------------------------------------------------------------------
// Reading: both shapes into one, with every line already 1-based.

interface LineTick {
  /** 1-based line inside the node's function. */
  readonly line: number;
  readonly ticks: number;
}

interface V8Node {
  readonly id: number;
  /** As recorded; empty for anonymous functions. */
  readonly name: string;
  readonly url: string;
  /** 1-based line and column where the function is defined; 0 when unknown. */
  readonly line: number;
  readonly column: number;
  readonly hitCount: number;
  readonly children: readonly number[];
  /** Where this node's self samples fell (`positionTicks`, legacy `lineTicks`). */
  readonly lineTicks: readonly LineTick[];
}

interface V8Profile {
  readonly nodes: readonly V8Node[];
  /** Node id of each sample; null when the file only has per-node `hitCount`s. */
  readonly samples: readonly number[] | null;
  /** Time of each sample in microseconds (V8's monotonic clock); null when not recorded. */
  readonly times: readonly number[] | null;
  readonly startUs: number;
  /** End of the recording; null when the file gives none. */
  readonly endUs: number | null;
}

function readCpuProfile(json: unknown, maxSamples: number): V8Profile {
  if (!isObject(json)) throw new NotThisFormat('not a JSON object');
  if ('nodes' in json) return readModern(json, maxSamples);
  if ('head' in json) return readLegacy(json, maxSamples);
  throw new NotThisFormat('no "nodes" or "head" at the top level');
}

/**
 * The Chrome DevTools Protocol's `Profiler.Profile`: `callFrame.lineNumber`
 * and `columnNumber` are 0-based (-1 when unknown) and become 1-based here,
 * the one place they are converted (DESIGN.md, "Coordinates").
 * `positionTicks[].line` is 1-based already. `timeDeltas[i]` is the time
 * from the previous sample (from `startTime` for the first).
 */
function readModern(json: JsonObject, maxSamples: number): V8Profile {
  const nodes = arrayAt(json.nodes, 'nodes').map((n, i) => readModernNode(n, `nodes[${i}]`));
  const startUs = numberAt(json.startTime, 'startTime');
  const endUs = numberAt(json.endTime, 'endTime');
  const samples = json.samples === undefined ? null : intArrayAt(json.samples, 'samples', maxSamples);
  let times: number[] | null = null;
  if (samples !== null && json.timeDeltas !== undefined) {
    const deltas = arrayAt(json.timeDeltas, 'timeDeltas');
    if (deltas.length !== samples.length) {
      malformed(`timeDeltas has ${deltas.length} entries for ${samples.length} samples`);
    }
    times = new Array<number>(deltas.length);
    let t = startUs;
    for (let i = 0; i < deltas.length; i++) times[i] = t += numberAt(deltas[i], `timeDeltas[${i}]`);
  }
  return { nodes, samples, times, startUs, endUs };
}

function readModernNode(value: unknown, where: string): V8Node {
  const node = objectAt(value, where);
  const frame = objectAt(node.callFrame, `${where}.callFrame`);
  return {
    id: intAt(node.id, `${where}.id`),
    name: stringAt(frame.functionName, `${where}.callFrame.functionName`),
    url: stringAt(frame.url ?? '', `${where}.callFrame.url`),
    line: oneBased(numberAt(frame.lineNumber ?? -1, `${where}.callFrame.lineNumber`)),
    column: oneBased(numberAt(frame.columnNumber ?? -1, `${where}.callFrame.columnNumber`)),
    hitCount: intAt(node.hitCount ?? 0, `${where}.hitCount`),
    children: node.children === undefined ? [] : arrayAt(node.children, `${where}.children`).map((c, k) => intAt(c, `${where}.children[${k}]`)),
    lineTicks: readTicks(node.positionTicks, `${where}.positionTicks`, 'ticks'),
  };
}

/** 0-based with -1 for "unknown" → 1-based with 0 for "unknown". */
function oneBased(zeroBased: number): number {
  return zeroBased >= 0 ? Math.floor(zeroBased) + 1 : 0;
}

/**
 * The legacy shape, written by `v8-profiler-node8` from V8's C++ API (and
 * still loaded as "legacy" by Chrome DevTools): a nested `head` tree whose
 * nodes carry the call frame fields themselves. There `lineNumber` is `CpuProfileNode::GetLineNumber()`,
 * which V8 documents as 1-based with 0 for "no information" (Chrome
 * DevTools' legacy loader subtracts 1 to get a 0-based callFrame), so it is
 * kept as is. `startTime` and `endTime` are seconds (v8-profiler-node8
 * truncates them to whole seconds), `timestamps` microseconds: sample i was
 * taken at `timestamps[i]`, and one extra timestamp, when present, marks the
 * end of the last sample (Chrome DevTools' CPUProfileDataModel reads them so).
 */
function readLegacy(json: JsonObject, maxSamples: number): V8Profile {
  const head = objectAt(json.head, 'head');
  if ('callFrame' in head) throw new NotThisFormat('a "head" of callFrames is a V8 heap profile, not a CPU profile');
  const nodes = flattenLegacyTree(head);
  const startUs = numberAt(json.startTime, 'startTime') * 1e6;
  const endUs = numberAt(json.endTime, 'endTime') * 1e6;
  const samples = json.samples === undefined ? null : intArrayAt(json.samples, 'samples', maxSamples);
  if (samples === null || json.timestamps === undefined) return { nodes, samples, times: null, startUs, endUs };

  const stamps = arrayAt(json.timestamps, 'timestamps').map((t, i) => numberAt(t, `timestamps[${i}]`));
  if (stamps.length !== samples.length && stamps.length !== samples.length + 1) {
    malformed(`timestamps has ${stamps.length} entries for ${samples.length} samples (expected ${samples.length} or ${samples.length + 1})`);
  }
  const times = stamps.slice(0, samples.length);
  // The truncated seconds are only a fallback: the timestamps bound the recording better.
  return { nodes, samples, times, startUs: stamps[0] ?? startUs, endUs: stamps.length > samples.length ? stamps[samples.length] : null };
}

/** Depth-first, with an explicit stack: a deep recursion must not overflow ours. */
function flattenLegacyTree(head: JsonObject): V8Node[] {
  const nodes: V8Node[] = [];
  const pending: [JsonObject, string][] = [[head, 'head']];
  while (pending.length > 0) {
    const [node, where] = pending.pop()!;
    const children = node.children === undefined ? [] : arrayAt(node.children, `${where}.children`);
    const childObjects = children.map((c, k) => objectAt(c, `${where}.children[${k}]`));
    nodes.push({
      id: intAt(node.id, `${where}.id`),
      name: stringAt(node.functionName, `${where}.functionName`),
      url: stringAt(node.url ?? '', `${where}.url`),
      line: Math.max(0, Math.floor(numberAt(node.lineNumber ?? 0, `${where}.lineNumber`))),
      column: Math.max(0, Math.floor(numberAt(node.columnNumber ?? 0, `${where}.columnNumber`))),
      hitCount: intAt(node.hitCount ?? 0, `${where}.hitCount`),
      children: childObjects.map((c, k) => intAt(c.id, `${where}.children[${k}].id`)),
      lineTicks: readTicks(node.lineTicks, `${where}.lineTicks`, 'hitCount'),
    });
    for (let k = childObjects.length - 1; k >= 0; k--) pending.push([childObjects[k], `${where}.children[${k}]`]);
  }
  return nodes;
}

function readTicks(value: unknown, where: string, countKey: 'ticks' | 'hitCount'): LineTick[] {
  if (value === undefined || value === null) return [];
  return arrayAt(value, where).map((t, i) => {
    const tick = objectAt(t, `${where}[${i}]`);
    return { line: intAt(tick.line, `${where}[${i}].line`), ticks: intAt(tick[countKey], `${where}[${i}].${countKey}`) };
  });
}

// ---------------------------------------------------------------------------
// The call tree: ids to indices, and each node's parent.

interface CallTree {
  readonly nodes: readonly V8Node[];
  readonly indexOf: ReadonlyMap<number, number>;
  /** Index of each node's parent; -1 for a root. */
  readonly parent: Int32Array;
}

/** Checks that `children` describe a forest: known ids, one parent each, no cycle. */
function buildCallTree(nodes: readonly V8Node[]): CallTree {
  const indexOf = new Map<number, number>();
  nodes.forEach((n, i) => {
    if (indexOf.has(n.id)) malformed(`node id ${n.id} is used twice (nodes[${indexOf.get(n.id)}] and nodes[${i}])`);
    indexOf.set(n.id, i);
  });
  const parent = new Int32Array(nodes.length).fill(-1);
  nodes.forEach((n, i) => {
    for (const child of n.children) {
      const c = indexOf.get(child);
      if (c === undefined) malformed(`node ${n.id} lists child ${child}, which is not in nodes`);
      if (parent[c] !== -1) malformed(`node ${child} is a child of both node ${nodes[parent[c]].id} and node ${n.id}`);
      parent[c] = i;
    }
  });
  checkAcyclic(nodes, parent);
  return { nodes, indexOf, parent };
}

/** With one parent each, a node is on a cycle exactly when no root is reachable by walking up. */
function checkAcyclic(nodes: readonly V8Node[], parent: Int32Array): void {
  const state = new Uint8Array(nodes.length); // 0 unknown, 1 on the current walk, 2 reaches a root
  for (let i = 0; i < nodes.length; i++) {
    let k = i;
    while (k !== -1 && state[k] === 0) {
      state[k] = 1;
      k = parent[k];
    }
    if (k !== -1 && state[k] === 1) malformed(`node ${nodes[k].id} is its own ancestor: the children lists form a cycle`);
    for (k = i; k !== -1 && state[k] === 1; k = parent[k]) state[k] = 2;
  }
}

// ---------------------------------------------------------------------------
// Time: each sample weighs the time until the next one.

interface Timeline {
  /** Microseconds each sample stands for, by sample index. */
  readonly weights: Float64Array;
  readonly durationUs: number;
}

/**
 * A sample stands for the time until the next sample; the last one for the
 * time until the end of the recording. V8 writes `timeDeltas` signed, and
 * some are negative: a few samples arrive out of order (speedscope met them
 * in Chrome's profiles, jlfwong/speedscope#80). So samples are taken in time
 * order first, as Chrome DevTools'
 * CPUProfileDataModel does (`sortSamples`, a stable sort): every weight is
 * then non-negative and the weights add up to the time from the first sample
 * to the end. When the end is unknown or before the last sample, the last
 * sample gets the average interval (DevTools' rule). Without timestamps, the
 * recording's length is shared evenly among the samples (DevTools again).
 */
function sampleTimeline(p: V8Profile, sampleCount: number, warnings: string[]): Timeline {
  const weights = new Float64Array(sampleCount);
  if (sampleCount === 0) return { weights, durationUs: Math.max(0, (p.endUs ?? p.startUs) - p.startUs) };
  if (p.times === null) {
    const span = Math.max(0, (p.endUs ?? p.startUs) - p.startUs);
    if (span === 0) warnings.push('the profile records no sample times and no duration: time values are 0');
    weights.fill(span / sampleCount);
    return { weights, durationUs: span };
  }
  const times = p.times;
  const order = timeOrder(times, warnings);
  const first = times[order[0]];
  const last = times[order[order.length - 1]];
  const average = order.length > 1 ? (last - first) / (order.length - 1) : 0;
  let end = p.endUs ?? last + average;
  if (end < last) {
    warnings.push(`endTime is ${last - end} µs before the last sample: the last sample is given the average interval`);
    end = last + average;
  }
  for (let k = 0; k < order.length; k++) {
    const next = k + 1 < order.length ? times[order[k + 1]] : end;
    weights[order[k]] = next - times[order[k]];
  }
  return { weights, durationUs: end - Math.min(p.startUs, first) };
}

/** Sample indices in time order; the identity when the file is in order already. */
function timeOrder(times: readonly number[], warnings: string[]): Uint32Array {
  const order = new Uint32Array(times.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  let backwards = 0;
  for (let i = 1; i < times.length; i++) if (times[i] < times[i - 1]) backwards++;
  if (backwards > 0) {
    warnings.push(`${backwards} samples were out of time order (negative timeDeltas); they were put in order`);
    order.sort((a, b) => times[a] - times[b] || a - b);
  }
  return order;
}

// ---------------------------------------------------------------------------
// Building the profile.

/** Count, wall and cpu per node, over the samples that ended in it. */
interface NodeTotals {
  readonly count: Float64Array;
  readonly wall: Float64Array;
  readonly cpu: Float64Array;
}

function importCpuProfile(p: V8Profile, ctx: ImportContext): Profile {
  const tree = buildCallTree(p.nodes);
  const warnings: string[] = [];
  const timeline = sampleTimeline(p, p.samples?.length ?? 0, warnings);
  const totals = p.samples === null ? totalsFromHitCounts(tree, p, ctx.limits.maxSamples, warnings) : totalsFromSamples(tree, p.samples, timeline);

  // V8's clock is monotonic (time since boot), not the Unix epoch: timeNanos stays unknown.
  const b = new ProfileBuilder(FORMAT, SAMPLE_TYPES, ctx.limits, {
    defaultSampleType: CPU,
    durationNanos: Math.round(timeline.durationUs * 1000),
  });
  for (const w of warnings) b.warn(w);
  const frames = new NodeFrames(b, tree);
  for (let i = 0; i < tree.nodes.length; i++) {
    if (totals.count[i] === 0 && totals.wall[i] === 0) continue;
    addNodeSamples(b, frames, i, totals, ctx.limits.maxStackDepth);
  }
  return b.build();
}

function totalsFromSamples(tree: CallTree, samples: readonly number[], timeline: Timeline): NodeTotals {
  const n = tree.nodes.length;
  const totals: NodeTotals = { count: new Float64Array(n), wall: new Float64Array(n), cpu: new Float64Array(n) };
  const idle = tree.nodes.map(isIdle);
  for (let s = 0; s < samples.length; s++) {
    const i = tree.indexOf.get(samples[s]);
    if (i === undefined) malformed(`samples[${s}] is node ${samples[s]}, which is not in nodes`);
    const w = timeline.weights[s];
    totals.count[i]++;
    totals.wall[i] += w;
    if (!idle[i]) totals.cpu[i] += w;
  }
  return totals;
}

/**
 * A profile without `samples` (the protocol allows it) still has each node's
 * hit count; the recording's length is shared evenly among the hits.
 */
function totalsFromHitCounts(tree: CallTree, p: V8Profile, maxSamples: number, warnings: string[]): NodeTotals {
  const count = Float64Array.from(tree.nodes, (n) => n.hitCount);
  const hits = count.reduce((a, b) => a + b, 0);
  if (hits > maxSamples) throw new LimitExceededError('maxSamples', maxSamples, `${hits} hits`);
  warnings.push('the profile has no samples list: values come from hitCount, with the recording time shared evenly');
  const each = hits > 0 ? Math.max(0, (p.endUs ?? p.startUs) - p.startUs) / hits : 0;
  const wall = count.map((c) => c * each);
  const cpu = wall.map((w, i) => (isIdle(tree.nodes[i]) ? 0 : w));
  return { count, wall, cpu };
}

function isIdle(node: V8Node): boolean {
  return node.name === '(idle)' && node.url === '';
}

/**
 * Emits a node's samples. Its callers' frames are at their definition line:
 * V8 does not record call sites, only where each function starts (DESIGN.md,
 * "Facts about the formats"). Its own frame is put at the lines where its
 * self samples fell when V8 recorded them (`positionTicks`), one location
 * per line; the node's totals are shared among those lines in proportion to
 * their ticks, in whole units (largest remainders), so totals stay exact.
 * Ticks and samples come from the same sampler but are counted separately
 * (they differ by a few in Chrome's profiles), which is why ticks are used
 * as proportions, never as counts.
 */
function addNodeSamples(b: ProfileBuilder, frames: NodeFrames, i: number, totals: NodeTotals, maxDepth: number): void {
  const callers = frames.callerStack(i, maxDepth);
  const parts = frames.selfLocations(i);
  const shares = parts.map((p) => p.ticks);
  const count = apportion(totals.count[i], shares);
  const wall = apportion(totals.wall[i], shares);
  const cpu = apportion(totals.cpu[i], shares);
  parts.forEach((part, k) => {
    const stack = part.location === 0 ? callers : [part.location, ...callers];
    b.addSample(stack, [count[k], wall[k], cpu[k]]);
  });
}

/** Locations of the call tree's nodes, made once each. */
class NodeFrames {
  private readonly locations: Uint32Array;

  constructor(
    private readonly b: ProfileBuilder,
    private readonly tree: CallTree,
  ) {
    this.locations = new Uint32Array(tree.nodes.length);
  }

  /** `(root)` is the tree's handle, not code that ran: it has no frame (location 0). */
  location(i: number): number {
    if (this.locations[i] === 0 && !this.isRoot(i)) this.locations[i] = this.frame(i, this.tree.nodes[i].line);
    return this.locations[i];
  }

  /** The frames above node i, leaf first; one past the depth limit at most, for the builder to refuse. */
  callerStack(i: number, maxDepth: number): number[] {
    const stack: number[] = [];
    for (let k = this.tree.parent[i]; k !== -1 && stack.length <= maxDepth; k = this.tree.parent[k]) {
      const loc = this.location(k);
      if (loc !== 0) stack.push(loc);
    }
    return stack;
  }

  /**
   * Node i's own frame, once per line its self samples fell on; one, at its
   * definition line, without ticks. Ticks of a function with no source
   * position (a native binding such as `lstat`) are ignored: Node 20 reports
   * lines there that belong to no file of that function.
   */
  selfLocations(i: number): { location: number; ticks: number }[] {
    const node = this.tree.nodes[i];
    const ticks = new Map<number, number>();
    for (const t of node.lineTicks) if (t.line > 0 && t.ticks > 0) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks);
    if (ticks.size === 0 || node.line === 0 || this.isRoot(i)) return [{ location: this.location(i), ticks: 1 }];
    return [...ticks].map(([line, n]) => ({ location: this.frame(i, line), ticks: n }));
  }

  private isRoot(i: number): boolean {
    return this.tree.parent[i] === -1 && this.tree.nodes[i].name === '(root)';
  }

  /**
   * The function is known by name, URL and definition line, so two anonymous
   * functions of one file stay apart. The column is the definition column,
   * kept only where the frame's line is the definition line (source maps of
   * minified files need it); a tick's line comes without a column.
   */
  private frame(i: number, line: number): number {
    const n = this.tree.nodes[i];
    return this.b.frame({
      name: n.name || ANONYMOUS,
      file: n.url,
      startLine: n.line,
      line,
      column: line === n.line ? n.column : 0,
    });
  }
}

/**
 * Splits `total` in proportion to `shares`. Whole totals split into whole
 * parts by largest remainders (ties to the earlier part), so the parts add
 * up to the total exactly; fractional totals split proportionally.
 */
export function apportion(total: number, shares: readonly number[]): number[] {
  if (shares.length === 1) return [total];
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (total * s) / sum);
  if (!Number.isInteger(total)) return exact;
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((_, k) => k).sort((a, b) => exact[b] - parts[b] - (exact[a] - parts[a]) || a - b);
  for (let k = 0; rest > 0; k = (k + 1) % parts.length, rest--) parts[byRemainder[k]]++;
  return parts;
}

// ---------------------------------------------------------------------------

function malformed(detail: string): never {
  throw new MalformedProfileError(FORMAT, detail);
}

/** The sample list, refused before it is copied when it alone passes the sample limit. */
function intArrayAt(v: unknown, where: string, max: number): number[] {
  const a = arrayAt(v, where);
  if (a.length > max) throw new LimitExceededError('maxSamples', max, `${a.length} samples`);
  return a.map((x, i) => intAt(x, `${where}[${i}]`));
}
