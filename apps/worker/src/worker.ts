import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Job, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { ANALYZE_QUEUE, type JobPayloads, redisConnection, settleTenantJob } from '@hotpath/jobs';
import { createStore, type Store } from '@hotpath/store';
import type { WorkerConfig } from './config';
import type { Metrics } from './metrics';

/** The compiled processor BullMQ runs in worker threads (under vitest this module is the TypeScript source; the thread still needs the build). */
export function processorFile(): string {
  const beside = join(__dirname, 'processor.js');
  return existsSync(beside) ? beside : join(__dirname, '..', 'dist', 'processor.js');
}

export interface RunningWorker {
  worker: Worker<JobPayloads['analyze']>;
  store: Store;
  /** Round trips to PostgreSQL and Redis, for /health. */
  ping(): Promise<void>;
  /** Stops taking jobs, waits for the running ones to finish, then closes connections. */
  close(): Promise<void>;
}

/** The reason code a failed attempt carries: `[code] message` from a handler, else what BullMQ's message says. */
export function reasonOf(err: Error | undefined): string {
  const m = /^\[([a-z_]+)\]/.exec(err?.message ?? '');
  if (m) return m[1];
  if (/stalled more than allowable limit/.test(err?.message ?? '')) return 'worker_lost';
  return 'transient';
}

/**
 * A BullMQ worker on the analysis queue. Jobs run in worker threads
 * (`useWorkerThreads`); this thread keeps their locks renewed, and records
 * outcomes: metrics, logs, the fairness bookkeeping, and the failure of jobs
 * that ended without their handler storing one (retries exhausted, worker
 * lost too often).
 */
export async function startWorker(config: WorkerConfig, logger: Logger, metrics?: Metrics): Promise<RunningWorker> {
  const store = createStore({ connectionString: config.databaseUrl, maxConnections: 2 });
  await store.migrate();
  const connection = redisConnection(config.redisUrl, 'worker');
  const bookkeeping = redisConnection(config.redisUrl, 'worker');

  const worker = new Worker<JobPayloads['analyze']>(ANALYZE_QUEUE, processorFile(), {
    connection,
    prefix: config.prefix,
    concurrency: config.concurrency,
    useWorkerThreads: true,
    workerThreadsOptions: { workerData: { hotpath: config } },
    lockDuration: config.lockDurationMs,
    stalledInterval: config.stalledIntervalMs,
    maxStalledCount: config.maxStalledCount,
  });

  const settle = async (job: Job<JobPayloads['analyze']>) => {
    await settleTenantJob(bookkeeping, config.prefix, job.data.tenantId, String(job.id)).catch((err) => logger.warn({ err, jobId: job.id }, 'could not settle fairness bookkeeping'));
  };

  worker.on('active', (job) => logger.info({ jobId: job.id, name: job.name, reportId: job.data.reportId, attempt: job.attemptsMade + 1 }, 'job started'));

  worker.on('completed', (job, result) => {
    const seconds = job.finishedOn && job.processedOn ? (job.finishedOn - job.processedOn) / 1000 : undefined;
    metrics?.jobs.inc({ name: job.name, outcome: (result as { outcome?: string })?.outcome ?? 'done' });
    if (seconds !== undefined) metrics?.duration.observe({ name: job.name }, seconds);
    logger.info({ jobId: job.id, reportId: job.data.reportId, result, seconds }, 'job completed');
    void settle(job);
  });

  worker.on('failed', (job, err) => {
    if (!job) return;
    const reason = reasonOf(err);
    void (async () => {
      const state = await job.getState().catch(() => 'unknown');
      const final = state === 'failed';
      metrics?.failures.inc({ name: job.name, reason, final: String(final) });
      logger[final ? 'error' : 'warn']({ jobId: job.id, reportId: job.data.reportId, reason, err: err.message, attemptsMade: job.attemptsMade, final }, 'job failed');
      if (!final) return;
      metrics?.jobs.inc({ name: job.name, outcome: 'failed' });
      // Handlers store profile errors themselves; this covers retries running out. A no-op when already failed.
      await store.failReport(job.data.tenantId, job.data.reportId, reason === 'transient' ? 'internal' : reason, err.message).catch((e) => logger.error({ err: e }, 'could not record failure'));
      await settle(job);
    })();
  });

  // A job that stalled too often is failed by BullMQ's stalled check without a 'failed' event here.
  worker.on('stalled', (jobId) => {
    logger.warn({ jobId }, 'job stalled: its worker stopped renewing the lock; it is queued again');
    void (async () => {
      const job = (await Job.fromId<JobPayloads['analyze']>(worker, jobId).catch(() => undefined)) as Job<JobPayloads['analyze']> | undefined;
      if (!job || (await job.getState().catch(() => 'unknown')) !== 'failed') return;
      metrics?.failures.inc({ name: job.name, reason: 'worker_lost', final: 'true' });
      metrics?.jobs.inc({ name: job.name, outcome: 'failed' });
      logger.error({ jobId, reportId: job.data.reportId }, 'job failed: its workers died too many times');
      await store.failReport(job.data.tenantId, job.data.reportId, 'worker_lost', job.failedReason || 'the job stalled more times than allowed').catch((e) => logger.error({ err: e }, 'could not record failure'));
      await settle(job);
    })();
  });

  worker.on('error', (err) => logger.error({ err: err.message }, 'worker error'));

  await worker.waitUntilReady();
  logger.info({ queue: ANALYZE_QUEUE, prefix: config.prefix, concurrency: config.concurrency }, 'worker ready');

  return {
    worker,
    store,
    async ping() {
      await Promise.all([store.ping(), bookkeeping.ping()]);
    },
    async close() {
      await worker.close();
      connection.disconnect();
      bookkeeping.disconnect();
      await store.close();
    },
  };
}
