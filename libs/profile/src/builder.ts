import { LimitExceededError, MalformedProfileError } from './errors';
import { Deadline, Limits, DEFAULT_LIMITS } from './limits';
import type {
  IdArray,
  Label,
  Line,
  Location,
  Mapping,
  Profile,
  ProfileFunction,
  StringIndex,
  ValueType,
} from './model';

/** Metadata an importer may set; everything else comes from the add* calls. */
export interface ProfileMeta {
  defaultSampleType?: number | null;
  periodType?: ValueType | null;
  period?: number;
  timeNanos?: number;
  durationNanos?: number;
  comments?: string[];
}

export interface FrameSpec {
  name: string;
  file?: string;
  /** 1-based line executing in this frame; 0 when unknown. */
  line?: number;
  column?: number;
  /** 1-based line where the function starts; 0 when unknown. */
  startLine?: number;
  /** Name of the binary or library, when the format records one. */
  mapping?: string;
}

const DEADLINE_EVERY = 1 << 14;

/**
 * Builds a `Profile` from interned parts. Every importer goes through it, so
 * interning, id density and the sample/depth/time bounds are enforced in one
 * place. `build()` may be called once.
 */
export class ProfileBuilder {
  private readonly strings: string[] = [''];
  private readonly stringIndex = new Map<string, number>([['', 0]]);
  private readonly functions: ProfileFunction[] = [];
  private readonly functionIndex = new Map<string, number>();
  private readonly mappings: Mapping[] = [];
  private readonly mappingIndex = new Map<string, number>();
  private readonly locations: Location[] = [];
  private readonly locationIndex = new Map<string, number>();
  private readonly labelSets: Label[][] = [[]];
  private readonly labelSetIndex = new Map<string, number>([['', 0]]);
  private readonly warnings: string[] = [];
  private readonly deadline: Deadline;
  private readonly stride: number;

  private count = 0;
  private sampleStack = new Uint32Array(1024);
  private values: Float64Array;
  private labelSet = new Uint32Array(1024);
  // The stack table: distinct stacks, found again by a hash of their ids.
  private stackCount = 0;
  private stackStart = new Uint32Array(1024);
  private stackLocations: IdArray = new Uint16Array(16 * 1024);
  private stackLength = 0;
  private readonly stackByHash = new Map<number, number>();
  private stackNext = new Int32Array(1024);
  private built = false;

  constructor(
    readonly format: string,
    readonly sampleTypes: readonly ValueType[],
    readonly limits: Limits = DEFAULT_LIMITS,
    readonly meta: ProfileMeta = {},
  ) {
    if (sampleTypes.length === 0) throw new MalformedProfileError(format, 'no sample types');
    this.stride = sampleTypes.length;
    this.values = new Float64Array(1024 * this.stride);
    this.deadline = new Deadline(limits);
  }

  get sampleCount(): number {
    return this.count;
  }

  intern(s: string): StringIndex {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }

  warn(message: string): void {
    // Bounded: a file with a million bad lines must not make a million warnings.
    if (this.warnings.length < 100) this.warnings.push(message);
    else if (this.warnings.length === 100) this.warnings.push('further warnings omitted');
  }

  functionId(name: string, filename = '', startLine = 0, systemName = name): number {
    const n = this.intern(name);
    const s = this.intern(systemName);
    const f = this.intern(filename);
    const key = `${n},${s},${f},${startLine}`;
    let id = this.functionIndex.get(key);
    if (id === undefined) {
      id = this.functions.length + 1;
      this.functions.push({ id, name: n, systemName: s, filename: f, startLine });
      this.functionIndex.set(key, id);
    }
    return id;
  }

  mappingId(filename: string, buildId = '', memoryStart = 0, memoryLimit = 0, fileOffset = 0): number {
    const f = this.intern(filename);
    const b = this.intern(buildId);
    const key = `${f},${b},${memoryStart},${memoryLimit},${fileOffset}`;
    let id = this.mappingIndex.get(key);
    if (id === undefined) {
      id = this.mappings.length + 1;
      this.mappings.push({ id, memoryStart, memoryLimit, fileOffset, filename: f, buildId: b });
      this.mappingIndex.set(key, id);
    }
    return id;
  }

  /** Adds a location as given, without looking for an equal one (pprof's are unique already). */
  addLocation(lines: readonly Line[], mappingId = 0, address = 0): number {
    const id = this.locations.length + 1;
    this.locations.push({ id, mappingId, address, lines });
    return id;
  }

  /** Returns the id of an equal location, adding it when new. */
  internLocation(lines: readonly Line[], mappingId = 0, address = 0): number {
    let key = `${mappingId}:${address}`;
    for (const l of lines) key += `:${l.functionId}/${l.line}/${l.column}`;
    let id = this.locationIndex.get(key);
    if (id === undefined) {
      id = this.addLocation(lines, mappingId, address);
      this.locationIndex.set(key, id);
    }
    return id;
  }

  /** The location of a frame known by name (and file and line): the shape of text formats. */
  frame(spec: FrameSpec): number {
    const fn = this.functionId(spec.name, spec.file ?? '', spec.startLine ?? 0);
    const mapping = spec.mapping ? this.mappingId(spec.mapping) : 0;
    return this.internLocation([{ functionId: fn, line: spec.line ?? 0, column: spec.column ?? 0 }], mapping);
  }

  labelSetId(labels: readonly Label[]): number {
    if (labels.length === 0) return 0;
    const sorted = [...labels].sort((a, b) => a.key - b.key || a.str - b.str || a.num - b.num);
    const key = sorted.map((l) => `${l.key}=${l.str}/${l.num}/${l.numUnit}`).join(',');
    let id = this.labelSetIndex.get(key);
    if (id === undefined) {
      id = this.labelSets.length;
      this.labelSets.push(sorted);
      this.labelSetIndex.set(key, id);
    }
    return id;
  }

  stringLabel(key: string, value: string): Label {
    return { key: this.intern(key), str: this.intern(value), num: 0, numUnit: 0 };
  }

  /** Pre-sizes the sample columns when the importer knows how many samples come. */
  reserve(samples: number): void {
    this.ensureSamples(samples);
  }

  /**
   * Adds one sample. `stack` holds location ids, leaf first (only its first
   * `depth` entries are read); `values` one per sample type. Samples whose
   * values are all zero are kept: they still witness a stack, as in pprof.
   */
  addSample(stack: ArrayLike<number>, values: ArrayLike<number>, labelSet = 0, depth = stack.length): void {
    if (this.count >= this.limits.maxSamples) {
      throw new LimitExceededError('maxSamples', this.limits.maxSamples, `more than ${this.limits.maxSamples} samples`);
    }
    if ((this.count & (DEADLINE_EVERY - 1)) === 0) this.deadline.check();
    const i = this.count;
    this.ensureSamples(i + 1);
    this.sampleStack[i] = this.stackId(stack, depth);
    const base = i * this.stride;
    for (let t = 0; t < this.stride; t++) this.values[base + t] = values[t];
    this.labelSet[i] = labelSet;
    this.count = i + 1;
  }

  /** The id of an equal stack in the table, adding the stack when new. */
  private stackId(stack: ArrayLike<number>, depth: number): number {
    if (depth > this.limits.maxStackDepth) {
      throw new LimitExceededError('maxStackDepth', this.limits.maxStackDepth, `a stack of ${depth} frames`);
    }
    let hash = 0x811c9dc5 ^ depth;
    for (let k = 0; k < depth; k++) hash = Math.imul(hash ^ stack[k], 0x01000193);
    const head = this.stackByHash.get(hash);
    for (let j = head ?? -1; j >= 0; j = this.stackNext[j]) {
      if (this.sameStack(j, stack, depth)) return j;
    }
    this.checkExpandedDepth(stack, depth);
    const j = this.stackCount++;
    if (j + 1 >= this.stackStart.length) {
      const cap = Math.ceil(this.stackStart.length * 1.5);
      this.stackStart = grow(this.stackStart, cap);
      this.stackNext = grow(this.stackNext, cap);
    }
    this.ensureStack(this.stackLength + depth);
    let out = this.stackLocations;
    const at = this.stackLength;
    for (let k = 0; k < depth; k++) {
      const id = stack[k];
      if (id > 0xffff && out instanceof Uint16Array) out = this.widenStack();
      out[at + k] = id;
    }
    this.stackLength += depth;
    this.stackStart[j + 1] = this.stackLength;
    this.stackNext[j] = head ?? -1;
    this.stackByHash.set(hash, j);
    return j;
  }

  /**
   * A location holds several frames when functions were inlined, and views
   * expand them: the depth limit applies to frames, so a few locations with
   * thousands of lines each cannot make a stack of millions of frames.
   * Checked once per distinct stack.
   */
  private checkExpandedDepth(stack: ArrayLike<number>, depth: number): void {
    let frames = 0;
    for (let k = 0; k < depth; k++) frames += Math.max(1, this.locations[stack[k] - 1]?.lines.length ?? 1);
    if (frames > this.limits.maxStackDepth) {
      throw new LimitExceededError('maxStackDepth', this.limits.maxStackDepth, `a stack of ${depth} locations holding ${frames} frames with inlining`);
    }
  }

  private sameStack(j: number, stack: ArrayLike<number>, depth: number): boolean {
    const from = this.stackStart[j];
    if (this.stackStart[j + 1] - from !== depth) return false;
    const locs = this.stackLocations;
    for (let k = 0; k < depth; k++) if (locs[from + k] !== stack[k]) return false;
    return true;
  }

  build(): Profile {
    if (this.built) throw new Error('ProfileBuilder.build() called twice');
    this.built = true;
    const n = this.count;
    return {
      format: this.format,
      strings: this.strings,
      sampleTypes: this.sampleTypes,
      defaultSampleType: this.meta.defaultSampleType ?? null,
      periodType: this.meta.periodType ?? null,
      period: this.meta.period ?? 0,
      timeNanos: this.meta.timeNanos ?? 0,
      durationNanos: this.meta.durationNanos ?? 0,
      comments: this.meta.comments ?? [],
      mappings: this.mappings,
      functions: this.functions,
      locations: this.locations,
      labelSets: this.labelSets,
      samples: {
        length: n,
        stacks: {
          length: this.stackCount,
          start: fit(this.stackStart, this.stackCount + 1),
          locations: fit(this.stackLocations, this.stackLength),
        },
        stack: fit(this.sampleStack, n),
        values: fit(this.values, n * this.stride),
        labelSet: fit(this.labelSet, n),
      },
      warnings: this.warnings,
    };
  }

  private ensureSamples(n: number): void {
    if (n <= this.sampleStack.length) return;
    const cap = Math.max(n, this.sampleStack.length * 2);
    this.sampleStack = grow(this.sampleStack, cap);
    this.labelSet = grow(this.labelSet, cap);
    this.values = grow(this.values, cap * this.stride);
  }

  private ensureStack(n: number): void {
    if (n <= this.stackLocations.length) return;
    this.stackLocations = grow(this.stackLocations, Math.max(n, Math.ceil(this.stackLocations.length * 1.5)));
  }

  private widenStack(): Uint32Array {
    const wide = new Uint32Array(this.stackLocations.length);
    wide.set(this.stackLocations);
    this.stackLocations = wide;
    return wide;
  }
}

function grow<T extends Uint16Array | Uint32Array | Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** The array itself when already exact (after `reserve`), else a trimmed copy. */
function fit<T extends Uint16Array | Uint32Array | Float64Array>(a: T, size: number): T {
  return (a.length === size ? a : a.slice(0, size)) as T;
}
