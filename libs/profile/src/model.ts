/**
 * The one profile model every importer produces and every later stage reads.
 *
 * It follows pprof's normalised tables (sample → location → line → function,
 * plus mappings) because that shape holds every format we read: inlined
 * frames, addresses, several value types per sample and labels.
 *
 * Two choices differ from pprof's in-memory form, both for size: symbol and
 * label strings are interned in one table and referenced by index (metadata
 * such as sample type names stays plain), and samples are stored in columns of
 * typed arrays instead of one object per sample, so that a profile of millions
 * of samples costs a few bytes per frame.
 *
 * Ids are dense and 1-based: the entity with id N sits at index N-1 of its
 * table, and 0 means "none". `checkProfile` verifies all of this.
 */

/** Index into `Profile.strings`; 0 is the empty string. */
export type StringIndex = number;

export interface ValueType {
  /** What is counted: `cpu`, `wall`, `samples`, `alloc_space`… */
  readonly type: string;
  /** Its unit: `nanoseconds`, `microseconds`, `count`, `bytes`… */
  readonly unit: string;
}

export interface Mapping {
  readonly id: number;
  readonly memoryStart: number;
  readonly memoryLimit: number;
  readonly fileOffset: number;
  /** The binary or library (`/usr/lib/libc.so.6`, `[kernel.kallsyms]`). */
  readonly filename: StringIndex;
  readonly buildId: StringIndex;
}

export interface ProfileFunction {
  readonly id: number;
  /** Human-readable name (`handleOrder`, `java.lang.String.format`). */
  readonly name: StringIndex;
  /** Name as the runtime or linker knows it (mangled); often equal to name. */
  readonly systemName: StringIndex;
  /** Source file or URL as recorded where the program ran. */
  readonly filename: StringIndex;
  /** 1-based line where the function is defined; 0 when unknown. */
  readonly startLine: number;
}

export interface Line {
  readonly functionId: number;
  /** 1-based line being executed in this frame (for a caller: the call site); 0 when unknown. */
  readonly line: number;
  /** 1-based column; 0 when unknown. */
  readonly column: number;
}

export interface Location {
  readonly id: number;
  /** 0 when the location belongs to no known mapping. */
  readonly mappingId: number;
  readonly address: number;
  /** Innermost (inlined callee) first, outermost (the real frame) last. */
  readonly lines: readonly Line[];
}

export interface Label {
  readonly key: StringIndex;
  /** String value; 0 when the label is numeric. */
  readonly str: StringIndex;
  readonly num: number;
  readonly numUnit: StringIndex;
}

export type IdArray = Uint16Array | Uint32Array;

/**
 * The distinct stacks of a profile. Stack j is
 * `locations[start[j] .. start[j+1])`, location ids leaf first (as in pprof).
 * Samples share stacks: real profiles repeat a few thousand stacks across
 * many samples (labels, time), so storing each once keeps a large profile
 * small and lets views aggregate per stack before walking frames.
 */
export interface StackTable {
  readonly length: number;
  readonly start: Uint32Array;
  /** Uint16Array while every location id fits, to halve the table. */
  readonly locations: IdArray;
}

/**
 * Samples in columns: sample i has stack `stack[i]` (an index into `stacks`),
 * values `values[i*T .. i*T+T)` for T sample types, and label set `labelSet[i]`.
 */
export interface SampleTable {
  readonly length: number;
  readonly stacks: StackTable;
  readonly stack: Uint32Array;
  readonly values: Float64Array;
  /** Index into `Profile.labelSets`; 0 is the empty set. */
  readonly labelSet: Uint32Array;
}

export interface Profile {
  /** The format it was read from (`pprof`, `cpuprofile`, `collapsed`…). */
  readonly format: string;
  readonly strings: readonly string[];
  readonly sampleTypes: readonly ValueType[];
  /** Index into sampleTypes of the type the format says to show first; null when it says nothing. */
  readonly defaultSampleType: number | null;
  readonly periodType: ValueType | null;
  readonly period: number;
  /** Start of the recording, nanoseconds since the Unix epoch; 0 when unknown. */
  readonly timeNanos: number;
  /** Length of the recording in nanoseconds; 0 when unknown. */
  readonly durationNanos: number;
  readonly comments: readonly string[];
  readonly mappings: readonly Mapping[];
  readonly functions: readonly ProfileFunction[];
  readonly locations: readonly Location[];
  readonly labelSets: readonly (readonly Label[])[];
  readonly samples: SampleTable;
  /** Things the importer tolerated but the user should know (skipped lines…). */
  readonly warnings: readonly string[];
}

/** The stack of sample `i` as location ids, leaf first. */
export function sampleStack(samples: SampleTable, i: number): IdArray {
  return stackLocations(samples.stacks, samples.stack[i]);
}

/** Stack `j` of a stack table as location ids, leaf first. */
export function stackLocations(stacks: StackTable, j: number): IdArray {
  return stacks.locations.subarray(stacks.start[j], stacks.start[j + 1]);
}

/** Sum of one value column over all samples. */
export function totalOf(profile: Profile, typeIndex: number): number {
  const { values, length } = profile.samples;
  const stride = profile.sampleTypes.length;
  let sum = 0;
  for (let i = 0; i < length; i++) sum += values[i * stride + typeIndex];
  return sum;
}
