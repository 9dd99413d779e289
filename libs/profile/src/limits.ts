import { LimitExceededError } from './errors';

/**
 * Bounds on every input path. Defaults admit any real profile we have seen
 * (the largest, hour-long fleet merges, stay well under them) while refusing
 * inputs that would exhaust memory or time.
 */
export interface Limits {
  /** Bytes read from a file, stdin or request body, before decompression. */
  readonly maxInputBytes: number;
  /** Bytes after gzip decompression; a gzip bomb stops at this size. */
  readonly maxDecompressedBytes: number;
  readonly maxSamples: number;
  /** Frames in one stack, inlined frames included (a location holds several when functions were inlined). */
  readonly maxStackDepth: number;
  /** Wall-clock budget for decoding one input. */
  readonly maxDecodeMillis: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Limits = Object.freeze({
  maxInputBytes: 256 * MiB,
  maxDecompressedBytes: 1024 * MiB,
  maxSamples: 20_000_000,
  maxStackDepth: 16_384,
  maxDecodeMillis: 120_000,
});

/** The defaults with some limits replaced; undefined entries keep their default. */
export function withLimits(overrides: Partial<Limits> | undefined): Limits {
  const set = Object.entries(overrides ?? {}).filter(([, v]) => v !== undefined);
  return set.length ? { ...DEFAULT_LIMITS, ...Object.fromEntries(set) } : DEFAULT_LIMITS;
}

/** Checks the decode deadline; called every few thousand samples, not per sample. */
export class Deadline {
  private readonly end: number;
  constructor(private readonly limits: Limits) {
    this.end = Date.now() + limits.maxDecodeMillis;
  }
  check(): void {
    const now = Date.now();
    if (now > this.end) {
      const spent = now - (this.end - this.limits.maxDecodeMillis);
      throw new LimitExceededError('maxDecodeMillis', this.limits.maxDecodeMillis, `decoding took ${spent} ms`);
    }
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < MiB) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / MiB).toFixed(1)} MiB`;
}
