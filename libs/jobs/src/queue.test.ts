import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import IORedis from 'ioredis';
import { Worker } from 'bullmq';
import { analyzeJobId } from './ids';
import { QueueUnavailableError } from './errors';
import { AnalyzeQueue, settleTenantJob, tenantPendingKey } from './queue';
import { ANALYZE_QUEUE } from './types';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';
const digest = (n: number) => n.toString(16).padStart(64, '0');
const payload = (tenantId: string, n: number, sampleType?: string) => ({ tenantId, profileId: `p${n}`, reportId: `r${n}`, sampleType });

describe('analyzeJobId', () => {
  it('is the same for the same submission and differs in each part', () => {
    const base = { tenantId: T1, service: 'orders', digest: digest(1) };
    const id = analyzeJobId(base);
    expect(id).toBe(analyzeJobId({ ...base }));
    expect(id).toMatch(/^analyze-[0-9a-f]{40}$/);
    const others = [{ ...base, tenantId: T2 }, { ...base, service: 'billing' }, { ...base, digest: digest(2) }, { ...base, sampleType: 'cpu' }].map(analyzeJobId);
    expect(new Set([id, ...others]).size).toBe(5);
    // Parts are delimited: moving characters between parts changes the id.
    expect(analyzeJobId({ ...base, service: 'ab', sampleType: 'c' })).not.toBe(analyzeJobId({ ...base, service: 'a', sampleType: 'bc' }));
  });
});

describe('AnalyzeQueue against Redis', () => {
  let queue: AnalyzeQueue;
  let redis: IORedis;
  const prefix = `hptest-${randomBytes(4).toString('hex')}`;
  beforeAll(() => {
    queue = new AnalyzeQueue({ redis: REDIS_URL, prefix });
    redis = new IORedis(REDIS_URL);
  });
  afterAll(async () => {
    await queue.queue.obliterate({ force: true });
    await queue.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('adds a submission once and ranks each tenant by its pending jobs', async () => {
    const first = await queue.enqueueAnalyze(payload(T1, 1), { service: 's', digest: digest(1) });
    expect(first).toMatchObject({ added: true, priority: 1 });
    const again = await queue.enqueueAnalyze(payload(T1, 1), { service: 's', digest: digest(1) });
    expect(again).toMatchObject({ added: false, jobId: first.jobId });
    for (let n = 2; n <= 5; n++) expect((await queue.enqueueAnalyze(payload(T1, n), { service: 's', digest: digest(n) })).priority).toBe(n);
    const other = await queue.enqueueAnalyze(payload(T2, 100), { service: 's', digest: digest(100) });
    expect(other.priority).toBe(1);
    expect((await queue.counts()).prioritized).toBe(6);
    expect(await redis.zcard(tenantPendingKey(prefix, T1))).toBe(5);
    // BullMQ hands out jobs by priority: T1's first, then T2's, then T1's others.
    const order = (await queue.queue.getJobs(['prioritized'], 0, -1, true)).sort((a, b) => a.opts.priority! - b.opts.priority! || a.timestamp - b.timestamp);
    expect(order.slice(0, 2).map((j) => j.data.tenantId).sort()).toEqual([T1, T2]);
    // A settled job no longer counts against its tenant.
    await settleTenantJob(redis, prefix, T1, first.jobId);
    await settleTenantJob(redis, prefix, T1, first.jobId);
    expect(await redis.zcard(tenantPendingKey(prefix, T1))).toBe(4);
    expect((await queue.enqueueAnalyze(payload(T1, 6), { service: 's', digest: digest(6) })).priority).toBe(5);
  });

  it('reports a Redis it never reached as QueueUnavailableError, within the call bound', async () => {
    const down = new AnalyzeQueue({ redis: 'redis://127.0.0.1:1', prefix });
    const started = Date.now();
    try {
      await expect(down.enqueueAnalyze(payload(T1, 7), { service: 's', digest: digest(7) })).rejects.toBeInstanceOf(QueueUnavailableError);
      expect(Date.now() - started).toBeLessThan(6_000);
    } finally {
      await down.close();
    }
  });
});

describe('AnalyzeQueue when Redis goes away and comes back', () => {
  it('fails calls at once during the outage and works again after it', async () => {
    // A Redis of this test's own on a free port, so stopping it disturbs no one else.
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const start = () => execFileSync('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes']);
    start();
    const admin = new IORedis(port, '127.0.0.1', { lazyConnect: true, retryStrategy: () => null });
    const queue = new AnalyzeQueue({ redis: `redis://127.0.0.1:${port}`, prefix: 'outage' });
    try {
      expect((await queue.enqueueAnalyze(payload(T1, 1), { service: 's', digest: digest(1) })).added).toBe(true);
      await admin.connect();
      await admin.call('SHUTDOWN', 'NOSAVE').catch(() => undefined);
      await waitFor(async () => (await queue.ping().then(() => false, () => true)));
      const t0 = Date.now();
      await expect(queue.enqueueAnalyze(payload(T1, 2), { service: 's', digest: digest(2) })).rejects.toMatchObject({ code: 'queue_unavailable' });
      await expect(queue.counts()).rejects.toBeInstanceOf(QueueUnavailableError);
      expect(Date.now() - t0).toBeLessThan(500);
      start();
      await waitFor(async () => queue.ping().then(() => true, () => false));
      expect((await queue.enqueueAnalyze(payload(T1, 2), { service: 's', digest: digest(2) })).added).toBe(true);
    } finally {
      await queue.close();
      const a = new IORedis(port, '127.0.0.1', { retryStrategy: () => null });
      await a.call('SHUTDOWN', 'NOSAVE').catch(() => undefined);
      a.disconnect();
      admin.disconnect();
    }
  });
});

async function waitFor(fn: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a job that failed for good', () => {
  it('is not added again, and finalFailure says why and when it failed', async () => {
    const prefix = `hptest-${randomBytes(4).toString('hex')}`;
    const queue = new AnalyzeQueue({ redis: REDIS_URL, prefix });
    const redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
    // A worker that takes the job and fails it for good, as the worker does when retries run out.
    const worker = new Worker(ANALYZE_QUEUE, null, { connection: redis, prefix, autorun: false });
    try {
      const first = await queue.enqueueAnalyze(payload(T1, 7), { service: 's', digest: digest(7) });
      expect(await queue.finalFailure(first.jobId)).toBeUndefined();
      const job = (await worker.getNextJob('test-token'))!;
      expect(job.id).toBe(first.jobId);
      job.discard();
      const before = Date.now();
      await job.moveToFailed(new Error('database unreachable'), 'test-token');
      const again = await queue.enqueueAnalyze(payload(T1, 7), { service: 's', digest: digest(7) });
      expect(again.added).toBe(false);
      const failure = await queue.finalFailure(again.jobId);
      expect(failure?.reason).toBe('database unreachable');
      expect(failure?.at).toBeGreaterThanOrEqual(before - 1000);
    } finally {
      await worker.close();
      await queue.queue.obliterate({ force: true });
      await queue.close();
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  });
});
