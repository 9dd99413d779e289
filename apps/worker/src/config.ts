import { withLimits, type Limits } from '@hotpath/profile';
import { DEFAULT_PREFIX } from '@hotpath/jobs';

export interface WorkerConfig {
  redisUrl: string;
  databaseUrl: string;
  /** Root of the directory blob store the API writes raw profiles to. */
  blobDir: string;
  /** Jobs analysed at once, each in its own worker thread. */
  concurrency: number;
  /** BullMQ key prefix; the API must use the same. */
  prefix: string;
  /** How long a job's lock lasts without renewal; a dead worker's job is taken over after it lapses. */
  lockDurationMs: number;
  /** How often workers look for jobs whose lock lapsed (stalled jobs). */
  stalledIntervalMs: number;
  /** Times a job may stall (its worker died) before it fails as worker_lost. */
  maxStalledCount: number;
  /** Decoding bounds per job (bytes, decompressed bytes, samples, depth, decode time). */
  limits: Limits;
  /** Flame-graph nodes stored with each report for the HTML view (0: none; it adds 1–2 ms to a 20,000-sample profile's analysis). */
  flameGraphNodes: number;
  /** Port for /metrics and /health; none when undefined. */
  metricsPort?: number;
  logLevel: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const MiB = 1024 * 1024;

/** Reads the worker's settings from the environment; a bad value is an error naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const int = (name: string, fallback: number | undefined, min: number, max: number): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be an integer from ${min} to ${max}, not ${JSON.stringify(raw)}`);
    return n;
  };
  const url = (name: string, fallback: string, protocols: string[]): string => {
    const raw = env[name] || fallback;
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new ConfigError(`${name} is not a URL: ${JSON.stringify(raw)}`);
    }
    if (!protocols.includes(parsed.protocol)) throw new ConfigError(`${name} must be a ${protocols.join(' or ')} URL, not ${parsed.protocol}`);
    return raw;
  };
  return {
    // The same defaults as the API's, so both find the same local services without settings.
    redisUrl: url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    databaseUrl: url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres', ['postgres:', 'postgresql:']),
    blobDir: env.BLOB_DIR || './data/blobs',
    concurrency: int('WORKER_CONCURRENCY', 1, 1, 64)!,
    prefix: env.QUEUE_PREFIX || DEFAULT_PREFIX,
    lockDurationMs: int('WORKER_LOCK_DURATION_MS', 30_000, 1_000, 3_600_000)!,
    stalledIntervalMs: int('WORKER_STALLED_INTERVAL_MS', 30_000, 500, 3_600_000)!,
    maxStalledCount: int('WORKER_MAX_STALLED_COUNT', 2, 0, 100)!,
    limits: withLimits({
      // The API refuses larger bodies; the worker enforces its own bound in case it is fed another way.
      maxInputBytes: int('WORKER_MAX_INPUT_BYTES', 64 * MiB, 1, 1024 * MiB),
      maxDecompressedBytes: int('WORKER_MAX_DECOMPRESSED_BYTES', 512 * MiB, 1, 4096 * MiB),
      maxSamples: int('WORKER_MAX_SAMPLES', undefined, 1, 1e9),
      maxStackDepth: int('WORKER_MAX_STACK_DEPTH', undefined, 1, 1e6),
      maxDecodeMillis: int('JOB_TIMEOUT_MS', 120_000, 100, 3_600_000),
    }),
    flameGraphNodes: int('WORKER_FLAME_GRAPH_NODES', 2000, 0, 100_000)!,
    metricsPort: int('WORKER_METRICS_PORT', undefined, 0, 65535),
    logLevel: env.LOG_LEVEL || 'info',
  };
}
