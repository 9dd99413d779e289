/**
 * The API's settings, read once from the environment. A bad value stops the
 * process at start with a message naming the variable, never later on a
 * request.
 */
export interface ApiConfig {
  port: number;
  host: string;
  redisUrl: string;
  databaseUrl: string;
  blobDir: string;
  /** Bytes accepted on the wire, before any decompression. */
  maxBodyBytes: number;
  /** Bytes after removing Content-Encoding and the profile's own gzip layer. */
  maxDecompressedBytes: number;
  /** Requests per tenant per window that write (submissions) and that read. */
  rateLimitWrites: number;
  rateLimitReads: number;
  rateLimitWindowSeconds: number;
  /**
   * Submissions read at once. Each holds up to maxBodyBytes in memory (more
   * for a gzip-encoded multipart body), so this bounds the API's memory; past
   * it a submission is answered 503 with Retry-After.
   */
  maxConcurrentUploads: number;
  /** A request (body included) that takes longer is cut off: slow clients cannot hold connections forever. */
  requestTimeoutMs: number;
  /** How often unfinished reports are put back on the queue (after a Redis outage, say). */
  requeueIntervalMs: number;
  /** BullMQ key prefix; tests use their own so they never see each other's jobs. */
  queuePrefix?: string;
  logLevel: string;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

const MiB = 1024 * 1024;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(name, `expected an integer in [${min}, ${max}], got ${JSON.stringify(raw)}`);
  return n;
}

function url(env: NodeJS.ProcessEnv, name: string, fallback: string, protocols: string[]): string {
  const raw = env[name] || fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `not a URL: ${JSON.stringify(raw)}`);
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(name, `expected ${protocols.join(' or ')} URL, got ${parsed.protocol}`);
  return raw;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    databaseUrl: url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres', ['postgres:', 'postgresql:']),
    blobDir: env.BLOB_DIR || './data/blobs',
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 64 * MiB, 1, 4096 * MiB),
    maxDecompressedBytes: integer(env, 'MAX_DECOMPRESSED_BYTES', 512 * MiB, 1, 16384 * MiB),
    maxConcurrentUploads: integer(env, 'MAX_CONCURRENT_UPLOADS', 16, 1, 10_000),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 120_000, 1_000, 3_600_000),
    rateLimitWrites: integer(env, 'RATE_LIMIT_WRITES', 120, 1, 1_000_000),
    rateLimitReads: integer(env, 'RATE_LIMIT_READS', 1200, 1, 1_000_000),
    rateLimitWindowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
    requeueIntervalMs: integer(env, 'REQUEUE_INTERVAL_MS', 30_000, 100, 86_400_000),
    queuePrefix: env.QUEUE_PREFIX || undefined,
    logLevel: env.LOG_LEVEL || 'info',
  };
}
