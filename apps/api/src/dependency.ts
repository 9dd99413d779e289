import { UnavailableError } from './errors';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);

/**
 * True when an error means "the database could not be reached" rather than
 * "the query was wrong". SQLSTATE classes 08 (connection exception), 53
 * (insufficient resources) and 57 (operator intervention, e.g. a shutdown)
 * are outages; every other SQLSTATE is a bug or a constraint and must not be
 * disguised as a 503.
 */
export function isPostgresOutage(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  if (NETWORK_CODES.has(code)) return true;
  if (/^[0-9A-Z]{5}$/.test(code)) return /^(08|53|57)/.test(code);
  const message = typeof e?.message === 'string' ? e.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message);
}

/** ioredis fails fast (offline queue disabled) with these while Redis is away. */
export function isRedisOutage(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown; name?: unknown };
  // @hotpath/jobs wraps every Redis failure of the queue in QueueUnavailableError.
  if (e?.code === 'queue_unavailable') return true;
  if (typeof e?.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  return (
    e?.name === 'MaxRetriesPerRequestError' ||
    /Stream isn't writeable|Connection is closed|enableOfflineQueue|connect ECONNREFUSED|Reached the max retries per request/i.test(message)
  );
}

/** Runs one call to PostgreSQL, turning an outage into a 503. */
export async function postgres<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (isPostgresOutage(err)) throw new UnavailableError('postgres', err);
    throw err;
  }
}

/** Runs one call to Redis, turning an outage into a 503. */
export async function redis<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (isRedisOutage(err)) throw new UnavailableError('redis', err);
    throw err;
  }
}
