/**
 * The recording's settings, from its `jdk.ActiveSetting` events, and what
 * they say about the weight of one sample.
 *
 * A sampled event stands for one sampling period of time. The JDK records the
 * period per event type (`jdk.ExecutionSample` `period` = `10 ms` with
 * profile.jfc, `20 ms` with default.jfc). async-profiler records how it was
 * run: `event` (`cpu`, `itimer`, `wall`, or a hardware counter), `interval`
 * in nanoseconds for the time-based events (0 meaning its default, 10 ms),
 * and in wall mode `usedWallInterval`; it records these against the
 * `jdk.ExecutionSample` type, or `jdk.ActiveRecording` for `event`.
 *
 * Settings are re-emitted in each chunk; later ones replace earlier ones,
 * so each chunk is weighed with the settings in force when it was written.
 */

export const DEFAULT_PERIOD_NANOS = 10_000_000;
/** JDK default for `jdk.NativeMethodSample` `period` in both default.jfc and profile.jfc. */
const DEFAULT_NATIVE_PERIOD_NANOS = 20_000_000;

/** async-profiler events whose `interval` is a time in nanoseconds. */
const TIME_EVENTS = new Set(['cpu', 'itimer', 'ctimer', 'wall']);

export class RecordingSettings {
  private readonly values = new Map<string, string>();

  set(eventType: string, name: string, value: string): void {
    this.values.set(`${eventType}#${name}`, value);
    if (name === 'event') this.values.set('#event', value);
  }

  get(eventType: string, name: string): string | undefined {
    return this.values.get(`${eventType}#${name}`);
  }

  /** async-profiler's `event` (`cpu`, `wall`…), '' for JDK recordings. */
  get profilerEvent(): string {
    return this.values.get('#event') ?? '';
  }

  get wallMode(): boolean {
    return this.profilerEvent === 'wall';
  }

  /** Nanoseconds one `jdk.ExecutionSample` stands for, and whether the recording said so (false: assumed). */
  executionPeriod(): { nanos: number; known: boolean } {
    const jdk = parseDuration(this.get('jdk.ExecutionSample', 'period'));
    if (jdk > 0) return { nanos: jdk, known: true };
    const event = this.profilerEvent;
    if (event === 'wall') {
      const wall = nanos(this.get('jdk.ExecutionSample', 'usedWallInterval') ?? this.get('jdk.ExecutionSample', 'interval'));
      if (wall > 0) return { nanos: wall, known: true };
    } else if (event === '' || TIME_EVENTS.has(event)) {
      const interval = nanos(this.get('jdk.ExecutionSample', 'interval'));
      if (interval > 0) return { nanos: interval, known: true };
      // async-profiler writes 0 for "the default", which is 10 ms for cpu and itimer.
      if (interval === 0 && event !== '') return { nanos: DEFAULT_PERIOD_NANOS, known: true };
    }
    return { nanos: DEFAULT_PERIOD_NANOS, known: false };
  }

  nativeMethodPeriod(): { nanos: number; known: boolean } {
    const jdk = parseDuration(this.get('jdk.NativeMethodSample', 'period'));
    return jdk > 0 ? { nanos: jdk, known: true } : { nanos: DEFAULT_NATIVE_PERIOD_NANOS, known: false };
  }

  /** async-profiler 3's profiler.WallClockSample: each of its `samples` stands for one wall interval. */
  wallClockPeriod(): { nanos: number; known: boolean } {
    const wall = nanos(this.get('jdk.ExecutionSample', 'wall') ?? this.get('jdk.ExecutionSample', 'usedWallInterval'));
    if (wall > 0) return { nanos: wall, known: true };
    if (this.wallMode) return this.executionPeriod();
    return { nanos: DEFAULT_PERIOD_NANOS, known: false };
  }
}

/** Longer than any real sampling period; a larger value is corrupt and ignored. */
const MAX_PERIOD_NANOS = 3600e9;

/** A period setting written as a number of nanoseconds (async-profiler); NaN when absent or implausible. */
function nanos(text: string | undefined): number {
  const v = Number(text);
  return text !== undefined && Number.isFinite(v) && v >= 0 && v <= MAX_PERIOD_NANOS ? v : NaN;
}

const UNITS: Record<string, number> = { ns: 1, us: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9, d: 86400e9 };

/** A JFR duration setting (`20 ms`, `1 s`), in nanoseconds; 0 when absent or not a duration (`everyChunk`). */
export function parseDuration(text: string | undefined): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ns|us|ms|s|m|h|d)\s*$/.exec(text ?? '');
  const v = m ? Number(m[1]) * UNITS[m[2]] : 0;
  return v > 0 && v <= MAX_PERIOD_NANOS ? v : 0;
}
