import { expect, it } from 'vitest';
import { UnrecoverableError } from 'bullmq';
import { HandlerRegistry } from './registry';
import { ConfigError, readConfig } from './config';

const ctx = { jobId: 'j', attemptsMade: 0, maxAttempts: 1 };

it('dispatches by job name and fails an unknown name without retry', async () => {
  const seen: unknown[] = [];
  const registry = new HandlerRegistry().register('analyze', async (data) => {
    seen.push(data);
    return { reportId: data.reportId, outcome: 'done' };
  });
  await expect(registry.dispatch('analyze', { tenantId: 't', profileId: 'p', reportId: 'r' }, ctx)).resolves.toMatchObject({ reportId: 'r' });
  expect(seen).toHaveLength(1);
  expect(() => registry.dispatch('digest', {}, ctx)).toThrow(UnrecoverableError);
  expect(() => registry.dispatch('digest', {}, ctx)).toThrow(/\[unknown_job\] no handler for job type "digest" \(known: analyze\)/);
  expect(() => registry.register('analyze', async () => ({ reportId: '', outcome: 'skipped' }))).toThrow(/already registered/);
});

it('reads its settings from the environment, naming a bad one', () => {
  const c = readConfig({ WORKER_CONCURRENCY: '3', JOB_TIMEOUT_MS: '5000', WORKER_MAX_SAMPLES: '1000' });
  expect(c).toMatchObject({ concurrency: 3, redisUrl: 'redis://127.0.0.1:6379', prefix: 'hotpath', flameGraphNodes: 2000, metricsPort: undefined });
  expect(c.limits).toMatchObject({ maxDecodeMillis: 5000, maxSamples: 1000, maxInputBytes: 64 * 1024 * 1024 });
  expect(() => readConfig({ WORKER_CONCURRENCY: '0' })).toThrow(ConfigError);
  expect(() => readConfig({ WORKER_LOCK_DURATION_MS: '1.5' })).toThrow(/WORKER_LOCK_DURATION_MS must be an integer/);
  expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres: or postgresql: URL/);
  expect(() => readConfig({ REDIS_URL: 'not a url' })).toThrow(/REDIS_URL is not a URL/);
});
