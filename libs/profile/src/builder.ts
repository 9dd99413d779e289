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
  private stackStart = new Uint32Array(1024);
  private stackLocations: IdArray = new Uint16Array(16 * 1024);
  private stackLength = 0;
  private values: Float64Array;
  private labelSet = new Uint32Array(1024);
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

  /** Pre-sizes the sample columns when the importer knows the totals, to avoid regrowth. */
  reserve(samples: number, stackEntries: number, maxLocationId = 0): void {
    this.ensureSamples(samples);
    this.ensureStack(stackEntries, maxLocationId);
  }

  /**
   * Adds one sample. `stack` holds location ids, leaf first; `values` one per
   * sample type. Samples whose values are all zero are kept: they still
   * witness a stack (pprof keeps them too).
   */
  addSample(stack: ArrayLike<number>, values: ArrayLike<number>, labelSet = 0, depth = stack.length): void {
    if (this.count >= this.limits.maxSamples) {
      throw new LimitExceededError('maxSamples', this.limits.maxSamples, `more than ${this.limits.maxSamples} samples`);
    }
    if (depth > this.limits.maxStackDepth) {
      throw new LimitExceededError('maxStackDepth', this.limits.maxStackDepth, `a stack of ${depth} frames`);
    }
    if ((this.count & (DEADLINE_EVERY - 1)) === 0) this.deadline.check();
    const i = this.count;
    this.ensureSamples(i + 1);
    this.ensureStack(this.stackLength + depth, 0);
    let maxId = 0;
    for (let k = 0; k < depth; k++) if (stack[k] > maxId) maxId = stack[k];
    if (maxId > 0xffff && this.stackLocations instanceof Uint16Array) this.widenStack();
    this.stackLocations.set(depth === stack.length ? stack : Array.prototype.slice.call(stack, 0, depth), this.stackLength);
    this.stackLength += depth;
    this.stackStart[i + 1] = this.stackLength;
    const base = i * this.stride;
    for (let t = 0; t < this.stride; t++) this.values[base + t] = values[t];
    this.labelSet[i] = labelSet;
    this.count = i + 1;
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
        stackStart: fit(this.stackStart, n + 1),
        stackLocations: fit(this.stackLocations, this.stackLength),
        values: fit(this.values, n * this.stride),
        labelSet: fit(this.labelSet, n),
      },
      warnings: this.warnings,
    };
  }

  private ensureSamples(n: number): void {
    if (n < this.stackStart.length) return;
    const cap = Math.max(n + 1, this.stackStart.length * 2);
    this.stackStart = grow(this.stackStart, cap);
    this.labelSet = grow(this.labelSet, cap);
    this.values = grow(this.values, cap * this.stride);
  }

  private ensureStack(n: number, maxLocationId: number): void {
    if (maxLocationId > 0xffff && this.stackLocations instanceof Uint16Array) this.widenStack();
    if (n <= this.stackLocations.length) return;
    this.stackLocations = grow(this.stackLocations, Math.max(n, this.stackLocations.length * 2));
  }

  private widenStack(): void {
    const wide = new Uint32Array(this.stackLocations.length);
    wide.set(this.stackLocations);
    this.stackLocations = wide;
  }
}

function grow<T extends Uint16Array | Uint32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** The array itself when already exact (after `reserve`), else a trimmed copy. */
function fit<T extends Uint16Array | Uint32Array | Float64Array>(a: T, size: number): T {
  return (a.length === size ? a : a.slice(0, size)) as T;
}
