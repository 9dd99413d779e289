import { ProfileBuilder } from '../builder';
import { LimitExceededError, MalformedProfileError, NotThisFormat, ProfileError } from '../errors';
import type { ImportContext, Importer } from '../importer';
import { Deadline } from '../limits';
import type { Profile, ValueType } from '../model';
import { Chunk, ChunkError, hasMagic, readChunk } from '../jfr/chunk';
import { ConstantPools } from '../jfr/constant-pool';
import { EventKind } from '../jfr/events';
import { frameName } from '../jfr/frames';
import { JfrReader } from '../jfr/reader';
import { RecordingSettings } from '../jfr/settings';

const FORMAT = 'jfr';

/**
 * Java Flight Recorder recordings, from the JDK or async-profiler, plain or
 * gzipped (the registry inflates them), in one or more chunks. Parsing lives
 * in `../jfr/` (reader, chunk, metadata, constant pools, events); this file
 * decides what a sample is worth and builds the profile.
 *
 * Every event kind gets its own sample types, so that the user picks one with
 * `--sample-type` and kinds are never mixed (see `COLUMNS`): a profile of a
 * recording with CPU samples and allocations has `cpu` plus the allocation
 * types, and each sample has a value only in the columns of its own kind.
 * Only the kinds present in the recording become sample types.
 */
export const jfrImporter: Importer = {
  format: FORMAT,
  extensions: ['.jfr'],
  sniff: (head) => hasMagic(head),
  parse: (data, ctx) => decodeJfr(data, ctx),
};

/** Every sample type the importer can produce, in the order they appear in a profile. */
const enum C {
  Cpu,
  Wall,
  TlabObjects,
  TlabBytes,
  OutsideObjects,
  OutsideBytes,
  SampleObjects,
  SampleBytes,
  LockContentions,
  LockDelay,
  ParkContentions,
  ParkDelay,
  MallocObjects,
  MallocBytes,
  LiveObjects,
  LiveBytes,
}

/**
 * Names follow Pyroscope's JFR converter where it has one (so its users find
 * the same names), with a kind prefix where it reuses a name for two kinds
 * (it calls both lock kinds `contentions`/`delay`). `_objects` counts events:
 * with sampled allocation events, each stands for many objects.
 */
const COLUMNS: readonly ValueType[] = [
  { type: 'cpu', unit: 'nanoseconds' }, // jdk.ExecutionSample: samples × sampling period
  { type: 'wall', unit: 'nanoseconds' }, // jdk.NativeMethodSample, profiler.WallClockSample, ExecutionSample in wall mode
  { type: 'alloc_in_new_tlab_objects', unit: 'count' }, // jdk.ObjectAllocationInNewTLAB: events
  { type: 'alloc_in_new_tlab_bytes', unit: 'bytes' }, // …: sum of tlabSize (each new TLAB is filled, so this estimates bytes allocated)
  { type: 'alloc_outside_tlab_objects', unit: 'count' }, // jdk.ObjectAllocationOutsideTLAB: events
  { type: 'alloc_outside_tlab_bytes', unit: 'bytes' }, // …: sum of allocationSize
  { type: 'alloc_sample_objects', unit: 'count' }, // jdk.ObjectAllocationSample: events
  { type: 'alloc_sample_bytes', unit: 'bytes' }, // …: sum of weight (bytes each sample stands for)
  { type: 'lock_contentions', unit: 'count' }, // jdk.JavaMonitorEnter: events
  { type: 'lock_delay', unit: 'nanoseconds' }, // …: sum of duration
  { type: 'park_contentions', unit: 'count' }, // jdk.ThreadPark: events
  { type: 'park_delay', unit: 'nanoseconds' }, // …: sum of duration
  { type: 'malloc_objects', unit: 'count' }, // profiler.Malloc: events
  { type: 'malloc_bytes', unit: 'bytes' }, // …: sum of size
  { type: 'live_objects', unit: 'count' }, // profiler.LiveObject: events
  { type: 'live_bytes', unit: 'bytes' }, // …: sum of allocationSize
];

/** Count and weight columns of the kinds whose value is a count and a sum. */
const PAIRS: Partial<Record<EventKind, readonly [C, C]>> = {
  [EventKind.AllocInNewTLAB]: [C.TlabObjects, C.TlabBytes],
  [EventKind.AllocOutsideTLAB]: [C.OutsideObjects, C.OutsideBytes],
  [EventKind.AllocSample]: [C.SampleObjects, C.SampleBytes],
  [EventKind.MonitorEnter]: [C.LockContentions, C.LockDelay],
  [EventKind.ThreadPark]: [C.ParkContentions, C.ParkDelay],
  [EventKind.Malloc]: [C.MallocObjects, C.MallocBytes],
  [EventKind.LiveObject]: [C.LiveObjects, C.LiveBytes],
};

/** What the importer tolerated, counted over the whole recording and told once each. */
const NOTES = {
  sleeping: (n: number) => `${n} sample${n === 1 ? ' of a sleeping thread is' : 's of sleeping threads are'} not CPU time and left out (async-profiler wall-clock samples outside wall mode)`,
  stackless: (n: number) => `${n} event${n === 1 ? ' has' : 's have'} no stack trace in the recording and ${n === 1 ? 'was' : 'were'} left out`,
  truncated: (n: number) => `${n} stack trace${n === 1 ? ' was' : 's were'} cut by the recorder at its stack depth limit; their outermost frames are missing`,
  missingMethod: (n: number) => `${n} method${n === 1 ? ' named by stack frames is' : 's named by stack frames are'} missing from the constant pool`,
};
type Note = keyof typeof NOTES;

function decodeJfr(data: Uint8Array, ctx: ImportContext): Profile {
  if (!hasMagic(data)) throw new NotThisFormat('no "FLR\\0" magic at the start');
  const chunks = readChunks(data, ctx);
  return new ProfileAssembly(chunks, ctx).build();
}

/** Reads every chunk, laid end to end; each must be complete. */
function readChunks(data: Uint8Array, ctx: ImportContext): Chunk[] {
  const deadline = new Deadline(ctx.limits);
  const r = new JfrReader(data);
  const chunks: Chunk[] = [];
  const budget = { max: ctx.limits.maxSamples, events: ctx.limits.maxSamples };
  const tick = (pos: number) => {
    deadline.check();
    ctx.progress(pos / data.length);
  };
  try {
    for (let pos = 0; pos < data.length; ) {
      const chunk = readChunk(r, chunks.length, pos, tick, budget);
      chunks.push(chunk);
      pos += chunk.header.size;
      tick(pos);
    }
  } catch (err) {
    if (err instanceof ChunkError) throw new MalformedProfileError(FORMAT, err.message);
    throw err;
  }
  return chunks;
}

/** Which columns one event adds to (at most two), with what value; reused for every event. */
class Contribution {
  readonly columns = new Int32Array(2);
  readonly values = new Float64Array(2);
  length = 0;
  add(column: C, value: number): void {
    this.columns[this.length] = column;
    this.values[this.length++] = value;
  }
}

/** Per-chunk weights, decided from the settings in force when the chunk was written. */
interface Weights {
  readonly wallMode: boolean;
  readonly executionPeriod: number;
  readonly nativePeriod: number;
  readonly wallClockPeriod: number;
}

class ProfileAssembly {
  private readonly settings = new RecordingSettings();
  private readonly weights: Weights[] = [];
  private readonly notes = new Map<Note, number>();
  private readonly unknownPeriods = new Set<string>();

  constructor(
    private readonly chunks: Chunk[],
    private readonly ctx: ImportContext,
  ) {
    for (const chunk of chunks) {
      for (const s of chunk.events.settings) {
        const name = chunk.pools.text(s.name);
        const value = chunk.pools.text(s.value);
        if (name !== null && value !== null) this.settings.set(s.eventType, name, value);
      }
      const exec = this.settings.executionPeriod();
      const native = this.settings.nativeMethodPeriod();
      const wall = this.settings.wallClockPeriod();
      this.weights.push({ wallMode: this.settings.wallMode, executionPeriod: exec.nanos, nativePeriod: native.nanos, wallClockPeriod: wall.nanos });
      const kinds = new Set(chunk.events.kind);
      if (kinds.has(EventKind.ExecutionSample) && !exec.known) this.unknownPeriods.add('jdk.ExecutionSample');
      if (kinds.has(EventKind.NativeMethodSample) && !native.known) this.unknownPeriods.add('jdk.NativeMethodSample');
      if (kinds.has(EventKind.WallClockSample) && !wall.known) this.unknownPeriods.add('profiler.WallClockSample');
    }
  }

  build(): Profile {
    const used = this.usedColumns();
    if (used.length === 0) throw this.nothingToShow();
    const compact = new Int32Array(COLUMNS.length).fill(-1);
    used.forEach((c, i) => (compact[c] = i));
    const sampleTypes = used.map((c) => COLUMNS[c]);
    const first = this.chunks[0].header;
    const last = this.chunks.reduce((end, c) => Math.max(end, c.header.startNanos + c.header.durationNanos), 0);
    const cpuPeriod = this.weights.find((_, i) => this.chunks[i].events.kind.includes(EventKind.ExecutionSample))?.executionPeriod ?? 0;
    const b = new ProfileBuilder(FORMAT, sampleTypes, this.ctx.limits, {
      defaultSampleType: compact[C.Cpu] >= 0 ? compact[C.Cpu] : compact[C.Wall] >= 0 ? compact[C.Wall] : 0,
      periodType: compact[C.Cpu] >= 0 ? COLUMNS[C.Cpu] : null,
      period: compact[C.Cpu] >= 0 ? cpuPeriod : 0,
      timeNanos: first.startNanos,
      durationNanos: Math.max(0, last - first.startNanos),
    });
    const values = new Float64Array(sampleTypes.length);
    this.chunks.forEach((chunk, i) => new ChunkSamples(b, chunk, this.weights[i], this.note).add(values, compact));
    for (const event of this.unknownPeriods) {
      b.warn(`the recording does not say the sampling period of ${event}; each sample is counted as ${fmtMs(event === 'jdk.NativeMethodSample' ? 20e6 : 10e6)}`);
    }
    for (const [note, n] of this.notes) b.warn(NOTES[note](n));
    return b.build();
  }

  private readonly note = (note: Note, n = 1) => this.notes.set(note, (this.notes.get(note) ?? 0) + n);

  private usedColumns(): C[] {
    const used = new Set<C>();
    const c = new Contribution();
    this.chunks.forEach((chunk, i) => {
      const ev = chunk.events;
      // What an event contributes depends only on its kind and thread state.
      const seen = new Map<number, Set<number>>();
      for (let k = 0; k < ev.kind.length; k++) {
        let states = seen.get(ev.kind[k]);
        if (!states) seen.set(ev.kind[k], (states = new Set()));
        if (states.has(ev.state[k])) continue;
        states.add(ev.state[k]);
        contribute(c, ev.kind[k], 1, stateName(chunk.pools, ev.state[k]), this.weights[i]);
        for (let j = 0; j < c.length; j++) used.add(c.columns[j]);
      }
    });
    return [...used].sort((a, b) => a - b);
  }

  private nothingToShow(): ProfileError {
    const other = new Map<string, number>();
    for (const chunk of this.chunks) {
      for (const [id, n] of chunk.events.other) {
        const name = chunk.metadata.byId.get(id)?.name ?? `type ${id}`;
        other.set(name, (other.get(name) ?? 0) + n);
      }
    }
    const sampled = this.chunks.reduce((n, c) => n + c.events.kind.length, 0);
    const top = [...other].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, n]) => `${name} ×${n}`);
    const why = sampled > 0 ? `its ${sampled} samples are all of sleeping threads` : `it holds ${top.length ? top.join(', ') : 'no events'}`;
    return new ProfileError('empty_profile', `the JFR recording has no CPU, wall-clock, allocation or lock samples: ${why}`);
  }
}

function fmtMs(nanos: number): string {
  return `${nanos / 1e6} ms`;
}

function stateName(pools: ConstantPools, state: number): string | null {
  const s = pools.threadStates.get(state);
  return s === undefined ? null : pools.text(s);
}

/**
 * What one event adds. CPU and wall follow Pyroscope's JFR converter:
 * async-profiler writes wall-clock samples as `jdk.ExecutionSample` too, with
 * the thread's state, so a sample of a sleeping thread is never CPU time; in
 * wall mode (`event=wall`) every sample is wall time and those of threads not
 * sleeping are also CPU time. (One difference: a sample whose state is not in
 * the constant pool is CPU time here; Pyroscope drops it.)
 */
function contribute(c: Contribution, kind: EventKind, value: number, state: string | null, w: Weights): void {
  c.length = 0;
  switch (kind) {
    case EventKind.ExecutionSample:
      if (state !== 'STATE_SLEEPING') c.add(C.Cpu, w.executionPeriod);
      if (w.wallMode) c.add(C.Wall, w.executionPeriod);
      return;
    case EventKind.NativeMethodSample:
      c.add(C.Wall, w.nativePeriod);
      return;
    case EventKind.WallClockSample:
      c.add(C.Wall, value * w.wallClockPeriod);
      if (w.wallMode && state === 'STATE_RUNNABLE') c.add(C.Cpu, value * w.wallClockPeriod);
      return;
    default: {
      const pair = PAIRS[kind];
      if (pair) {
        c.add(pair[0], 1);
        c.add(pair[1], value);
      }
    }
  }
}

/** Adds one chunk's events as samples, resolving its stack traces and threads once each. */
class ChunkSamples {
  private readonly stacks: (Uint32Array | undefined)[] = [];
  private readonly threads = new Map<number, number>();
  private readonly states = new Map<number, string | null>();
  private readonly functions = new Map<number, Map<number, { fn: number; mapping: number }>>();
  /** Whether the writer's frame types include C++ or kernel frames (async-profiler's do, the JDK's do not). */
  private readonly nativeTypes: boolean;

  constructor(
    private readonly b: ProfileBuilder,
    private readonly chunk: Chunk,
    private readonly weights: Weights,
    private readonly note: (note: Note, n?: number) => void,
  ) {
    const types = [...chunk.pools.frameTypes.values()].map((t) => chunk.pools.text(t));
    this.nativeTypes = types.includes('C++') || types.includes('Kernel');
  }

  add(values: Float64Array, compact: Int32Array): void {
    const { b, chunk } = this;
    const ev = chunk.events;
    const c = new Contribution();
    let sleeping = 0;
    let stackless = 0;
    for (let k = 0; k < ev.kind.length; k++) {
      contribute(c, ev.kind[k], ev.value[k], this.state(ev.state[k]), this.weights);
      if (c.length === 0) {
        sleeping++;
        continue;
      }
      const stack = this.stack(ev.stack[k]);
      if (!stack) {
        stackless++;
        continue;
      }
      values.fill(0);
      for (let j = 0; j < c.length; j++) values[compact[c.columns[j]]] += c.values[j];
      b.addSample(stack, values, this.thread(ev.thread[k]));
    }
    if (sleeping) this.note('sleeping', sleeping);
    if (stackless) this.note('stackless', stackless);
  }

  /** The location ids of stack trace `id`, leaf first (JFR writes the top frame first). */
  private stack(id: number): Uint32Array | undefined {
    const st = this.chunk.pools.stacks;
    const index = st.index.get(id);
    if (index === undefined) return undefined;
    const cached = this.stacks[index];
    if (cached) return cached;
    const from = st.start[index];
    const to = st.start[index + 1];
    const depth = to - from;
    // The builder checks this too, but only after the stack would have been resolved.
    const max = this.b.limits.maxStackDepth;
    if (depth > max) throw new LimitExceededError('maxStackDepth', max, `a stack of ${depth} frames`);
    const locations = new Uint32Array(depth);
    for (let k = 0; k < depth; k++) {
      const f = from + k;
      const { fn, mapping } = this.function(st.method[f], st.type[f]);
      const line = st.line[f] > 0 ? st.line[f] : 0;
      locations[k] = this.b.internLocation([{ functionId: fn, line, column: 0 }], mapping);
    }
    if (st.truncated[index]) this.note('truncated');
    this.stacks[index] = locations;
    return locations;
  }

  private function(methodId: number, frameType: number): { fn: number; mapping: number } {
    let byType = this.functions.get(methodId);
    if (!byType) this.functions.set(methodId, (byType = new Map()));
    let f = byType.get(frameType);
    if (f) return f;
    const pools = this.chunk.pools;
    const method = pools.methods.get(methodId);
    const cls = method ? pools.classes.get(method.cls) : undefined;
    if (!method) this.note('missingMethod');
    const className = cls ? (pools.symbol(cls.name) ?? '') : '';
    const methodName = method ? (pools.symbol(method.name) ?? '[unknown method]') : '[unknown method]';
    const typeText = pools.frameTypes.get(frameType);
    const n = frameName(className, methodName, typeText === undefined ? null : pools.text(typeText), this.nativeTypes);
    f = { fn: this.b.functionId(n.name, '', 0, n.systemName), mapping: n.mapping ? this.b.mappingId(n.mapping) : 0 };
    byType.set(frameType, f);
    return f;
  }

  private state(id: number): string | null {
    let s = this.states.get(id);
    if (s === undefined) this.states.set(id, (s = stateName(this.chunk.pools, id)));
    return s;
  }

  private thread(id: number): number {
    let set = this.threads.get(id);
    if (set !== undefined) return set;
    const pools = this.chunk.pools;
    const t = pools.threads.get(id);
    const name = t ? (pools.text(t.javaName) || pools.text(t.osName) || (t.javaThreadId ? `thread ${t.javaThreadId}` : '')) : '';
    set = name ? this.b.labelSetId([this.b.stringLabel('thread', name)]) : 0;
    this.threads.set(id, set);
    return set;
  }
}
