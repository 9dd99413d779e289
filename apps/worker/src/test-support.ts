// Shared set-up of the worker tests: a scratch database, a blob directory, a
// queue prefix of their own in the shared Redis, and helpers to submit a
// profile the way the API does and wait for its report.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';
import { AnalyzeQueue } from '@hotpath/jobs';
import { withLimits } from '@hotpath/profile';
import { createScratchDatabase, createStore, DirectoryBlobStore, profileBlobKey, type ReportRow, type ReportStatus, type ScratchDatabase, type Store } from '@hotpath/store';
import type { WorkerConfig } from './config';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface Harness {
  db: ScratchDatabase;
  store: Store;
  blobDir: string;
  prefix: string;
  queue: AnalyzeQueue;
  config(overrides?: Partial<WorkerConfig>): WorkerConfig;
  /** The worker's environment for a child process running dist/main.js. */
  env(overrides?: Record<string, string>): NodeJS.ProcessEnv;
  submit(tenantId: string, service: string, bytes: Buffer, sampleType?: string): Promise<{ report: ReportRow; created: boolean; added: boolean; jobId: string }>;
  waitFor(tenantId: string, reportId: string, statuses: ReportStatus[], timeoutMs?: number): Promise<ReportRow>;
  cleanup(): Promise<void>;
}

export async function createHarness(): Promise<Harness> {
  const db = await createScratchDatabase();
  const store = createStore({ connectionString: db.url, maxConnections: 4 });
  await store.migrate();
  const blobDir = mkdtempSync(join(tmpdir(), 'hotpath-blobs-'));
  const blobs = new DirectoryBlobStore(blobDir);
  const prefix = `hptest-${randomBytes(4).toString('hex')}`;
  const queue = new AnalyzeQueue({ redis: REDIS_URL, prefix });
  const config = (overrides: Partial<WorkerConfig> = {}): WorkerConfig => ({
    redisUrl: REDIS_URL,
    databaseUrl: db.url,
    blobDir,
    concurrency: 1,
    prefix,
    lockDurationMs: 30_000,
    stalledIntervalMs: 30_000,
    maxStalledCount: 2,
    limits: withLimits({}),
    flameGraphNodes: 2000,
    logLevel: 'silent',
    ...overrides,
  });
  return {
    db,
    store,
    blobDir,
    prefix,
    queue,
    config,
    env: (overrides = {}) => ({
      ...process.env,
      REDIS_URL,
      DATABASE_URL: db.url,
      BLOB_DIR: blobDir,
      QUEUE_PREFIX: prefix,
      LOG_LEVEL: 'info',
      ...overrides,
    }),
    async submit(tenantId, service, bytes, sampleType) {
      const digest = createHash('sha256').update(bytes).digest('hex');
      const blobKey = profileBlobKey(tenantId, digest);
      await blobs.put(blobKey, bytes);
      const { profile, report, created } = await store.submitProfile({ tenantId, service, digest, blobKey, bytes: bytes.length }, sampleType);
      const { added, jobId } = await queue.enqueueAnalyze({ tenantId, profileId: profile.id, reportId: report.id, sampleType }, { service, digest });
      return { report, created, added, jobId };
    },
    async waitFor(tenantId, reportId, statuses, timeoutMs = 30_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const row = await store.getReport(tenantId, reportId);
        if (row && statuses.includes(row.status)) return row;
        if (Date.now() > end) throw new Error(`report ${reportId} is ${row?.status} after ${timeoutMs} ms, expected ${statuses.join(' or ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async cleanup() {
      await queue.queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      const redis = new IORedis(REDIS_URL);
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      redis.disconnect();
      await store.close();
      await db.drop();
      rmSync(blobDir, { recursive: true, force: true });
    },
  };
}
