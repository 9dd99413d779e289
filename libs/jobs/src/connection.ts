import IORedis, { type RedisOptions } from 'ioredis';

/**
 * A Redis connection for BullMQ. Workers block on Redis and must wait through
 * an outage (BullMQ requires `maxRetriesPerRequest: null` for them); the API
 * side must fail fast instead, so a submission during an outage is a 503 now
 * rather than a request hanging until Redis returns.
 */
export function redisConnection(url: string, role: 'producer' | 'worker', extra: RedisOptions = {}): IORedis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 5_000 };
  const redis = new IORedis(url, {
    ...options,
    // Reconnect with a capped back-off: Redis restarts are survived, not fatal.
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    ...extra,
  });
  // Connection errors are reported through commands and health checks; an unhandled 'error' event would crash the process.
  redis.on('error', () => undefined);
  return redis;
}
