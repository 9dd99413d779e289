import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import { Worker } from 'bullmq';
import pino from 'pino';
import { ANALYZE_QUEUE, AnalyzeQueue } from '@hotpath/jobs';
import { createScratchDatabase, createStore, profileBlobKey, type ScratchDatabase, type Store } from '@hotpath/store';
import { Metrics } from './metrics';
import { RequeueSweep } from './requeue';

// The sweep against a real PostgreSQL and Redis: it queues again what Redis lost, and fails a
// report whose job failed for good while the worker's write of that failure was lost.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('RequeueSweep', () => {
  let db: ScratchDatabase;
  let store: Store;
  let queue: AnalyzeQueue;
  let redis: IORedis;
  const prefix = `hptest-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    db = await createScratchDatabase();
    store = createStore({ connectionString: db.url, maxConnections: 4 });
    await store.migrate();
    queue = new AnalyzeQueue({ redis: REDIS_URL, prefix });
    redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    await queue?.queue.obliterate({ force: true });
    await queue?.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis?.disconnect();
    await store?.close();
    await db?.drop();
  });

  const submit = async (name: string) => {
    const tenant = await store.createTenant(name);
    const digest = sha(name);
    const { report, profile } = await store.submitProfile({ tenantId: tenant.id, service: 'svc', digest, blobKey: profileBlobKey(tenant.id, digest), bytes: 100, format: 'pprof' });
    // Older than the sweep's grace for reports between their insert and their enqueue.
    await store.pool.query(`UPDATE reports SET created_at = now() - interval '1 minute' WHERE id = $1`, [report.id]);
    return { tenantId: tenant.id, reportId: report.id, profileId: profile.id, digest };
  };

  it('queues a lost job again, and fails a report whose job failed for good unrecorded', async () => {
    const lost = await submit('sweep-lost');
    const failed = await submit('sweep-failed');
    await queue.enqueueAnalyze({ tenantId: failed.tenantId, profileId: failed.profileId, reportId: failed.reportId }, { service: 'svc', digest: failed.digest });
    const worker = new Worker(ANALYZE_QUEUE, null, { connection: redis, prefix, autorun: false });
    const job = (await worker.getNextJob('test-token'))!;
    job.discard();
    await job.moveToFailed(new Error('database unreachable'), 'test-token');
    await worker.close();

    const logger = pino({ level: 'silent' });
    await new RequeueSweep(store, queue, redis, new Metrics(queue, store), logger, 60_000).run();
    // Within the grace the worker may still be writing the failure: left alone.
    expect((await store.getReportStatus(failed.tenantId, failed.reportId))?.status).toBe('queued');
    expect((await queue.counts()).prioritized + (await queue.counts()).waiting).toBe(1);

    await new RequeueSweep(store, queue, redis, new Metrics(queue, store), logger, 60_000, 0).run();
    const report = await store.getReportStatus(failed.tenantId, failed.reportId);
    expect(report).toMatchObject({ status: 'failed', errorCode: 'internal' });
    expect(report?.errorMessage).toContain('database unreachable');
    expect((await store.getReportStatus(lost.tenantId, lost.reportId))?.status).toBe('queued');
    const waiting = await queue.queue.getJobs(['prioritized', 'waiting']);
    expect(waiting.map((j) => j.data.reportId)).toEqual([lost.reportId]);
  });
});
