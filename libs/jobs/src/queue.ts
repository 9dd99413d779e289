import { type JobsOptions, Queue } from 'bullmq';
import type IORedis from 'ioredis';
import { redisConnection } from './connection';
import { QueueUnavailableError } from './errors';
import { analyzeJobId } from './ids';
import { ANALYZE_QUEUE, type JobPayloads } from './types';

/** BullMQ's lowest priority (highest number). */
const PRIORITY_LIMIT = 2 ** 21 - 1;

/** Pending-set entries older than this are dropped: a job lost without its worker settling it must not lower its tenant's priority forever. */
const PENDING_TTL_MS = 6 * 60 * 60 * 1000;

export const DEFAULT_PREFIX = 'hotpath';

/** A queue call that takes longer than this counts as Redis being unavailable. */
const CALL_TIMEOUT_MS = 5_000;

function bounded<T>(p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Retries with exponential back-off (1, 2, 4, 8 s) for transient failures (a
 * database or Redis error); a bad profile fails at once (UnrecoverableError in
 * the worker). Finished jobs are kept a day so their ids still deduplicate
 * resubmissions, and bounded in number so Redis does not grow without end.
 */
export const ANALYZE_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};

export interface AnalyzeQueueOptions {
  /** A Redis URL (a fail-fast producer connection is made) or a connection to share. */
  redis: string | IORedis;
  /** Redis key prefix (BullMQ `prefix`); tests use their own. Default `hotpath`. */
  prefix?: string;
}

export interface EnqueueResult {
  jobId: string;
  /** False when a job with this id was already waiting, running or recently finished. */
  added: boolean;
  /** The BullMQ priority given: the tenant's number of pending jobs (1 = first in line). */
  priority: number;
}

/** Key of the sorted set of a tenant's pending job ids (score: enqueue time). */
export function tenantPendingKey(prefix: string, tenantId: string): string {
  return `${prefix}:${ANALYZE_QUEUE}:tenant-pending:${tenantId}`;
}

/**
 * Marks a tenant's job finished (completed, or failed for good), so the
 * tenant's later jobs move up in line. Called by the worker; idempotent.
 */
export async function settleTenantJob(redis: IORedis, prefix: string, tenantId: string, jobId: string): Promise<void> {
  await redis.zrem(tenantPendingKey(prefix, tenantId), jobId);
}

/**
 * The analysis queue as the API sees it.
 *
 * Fairness: each job's priority is the number of jobs its tenant has pending
 * (waiting or running), counting this one. BullMQ serves lower numbers first
 * and equal numbers in order, so a tenant that queued a thousand profiles
 * gets priorities 1…1000 while another tenant's single profile gets 1 and is
 * served next, instead of after the thousand.
 */
export class AnalyzeQueue {
  readonly queue: Queue<JobPayloads['analyze']>;
  readonly prefix: string;
  private readonly redis: IORedis;
  private readonly ownsRedis: boolean;
  private connectedOnce: boolean;

  constructor(options: AnalyzeQueueOptions) {
    this.prefix = options.prefix ?? DEFAULT_PREFIX;
    this.ownsRedis = typeof options.redis === 'string';
    this.redis = typeof options.redis === 'string' ? redisConnection(options.redis, 'producer') : options.redis;
    this.queue = new Queue(ANALYZE_QUEUE, { connection: this.redis, prefix: this.prefix, defaultJobOptions: ANALYZE_JOB_OPTIONS });
    this.queue.on('error', () => undefined);
    this.connectedOnce = this.redis.status === 'ready';
    this.redis.once('ready', () => (this.connectedOnce = true));
  }

  /**
   * Queues the analysis of a stored profile. Throws QueueUnavailableError
   * when Redis cannot take it (the API answers 503; the report row stays
   * queued and a resubmission queues it again).
   */
  async enqueueAnalyze(payload: JobPayloads['analyze'], key: { service: string; digest: string }): Promise<EnqueueResult> {
    await this.checkConnected();
    const jobId = analyzeJobId({ tenantId: payload.tenantId, service: key.service, digest: key.digest, sampleType: payload.sampleType });
    const pendingKey = tenantPendingKey(this.prefix, payload.tenantId);
    try {
      // A job that exists (waiting, running or kept after finishing) is left as it is, bookkeeping included.
      const existing = await bounded(this.queue.getJob(jobId));
      if (existing) return { jobId, added: false, priority: existing.opts.priority ?? 0 };
      const now = Date.now();
      const results = (await this.redis
        .multi()
        .zremrangebyscore(pendingKey, 0, now - PENDING_TTL_MS)
        .zadd(pendingKey, 'NX', now, jobId)
        .zcard(pendingKey)
        .pexpire(pendingKey, PENDING_TTL_MS)
        .exec()) as [Error | null, unknown][];
      const failed = results.find(([e]) => e);
      if (failed) throw failed[0];
      const priority = Math.max(1, Math.min(Number(results[2][1]), PRIORITY_LIMIT));
      try {
        await bounded(this.queue.add('analyze', payload, { jobId, priority }));
      } catch (err) {
        // Not queued: the tenant must not keep a pending entry that lowers its next jobs' priority.
        await bounded(this.redis.zrem(pendingKey, jobId)).catch(() => undefined);
        throw err;
      }
      return { jobId, added: true, priority };
    } catch (err) {
      throw new QueueUnavailableError(err as Error);
    }
  }

  /**
   * Why and when (ms since the epoch) the job with this id failed for good,
   * when it did (BullMQ keeps failed jobs a week); undefined for a job that
   * is missing, waiting, running or done. For the requeue sweep: the submit
   * path does not pay for it.
   */
  async finalFailure(jobId: string): Promise<{ reason: string; at: number } | undefined> {
    await this.checkConnected();
    try {
      const job = await bounded(this.queue.getJob(jobId));
      if (!job || (await bounded(job.getState())) !== 'failed') return undefined;
      return { reason: job.failedReason || 'unknown', at: job.finishedOn ?? 0 };
    } catch (err) {
      throw new QueueUnavailableError(err as Error);
    }
  }

  /** Jobs per state: queue depth for /metrics. */
  async counts(): Promise<Record<'waiting' | 'active' | 'delayed' | 'failed' | 'completed' | 'prioritized', number>> {
    await this.checkConnected();
    try {
      const c = await bounded(this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'));
      return { waiting: c.waiting ?? 0, active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0, completed: c.completed ?? 0, prioritized: c.prioritized ?? 0 };
    } catch (err) {
      throw new QueueUnavailableError(err as Error);
    }
  }

  /** Round trip to Redis, for health checks. */
  async ping(): Promise<void> {
    await this.checkConnected();
    try {
      await bounded(this.redis.ping());
    } catch (err) {
      throw new QueueUnavailableError(err as Error);
    }
  }

  /** Resolves once Redis is connected (BullMQ's scripts loaded); for start-up, before serving. */
  async waitUntilReady(): Promise<void> {
    await this.queue.waitUntilReady();
  }

  async close(): Promise<void> {
    // Closing waits on the connection; an unreachable Redis would hold it forever.
    if (this.ownsRedis && this.redis.status !== 'ready') this.redis.disconnect();
    await bounded(this.queue.close()).catch(() => undefined);
    if (this.ownsRedis) this.redis.disconnect();
  }

  /**
   * BullMQ waits for a lost connection to come back before running a
   * command; a request must not. While the connection is down, calls fail at
   * once.
   */
  private async checkConnected(): Promise<void> {
    if (this.redis.status === 'ready') return;
    // The first connection is still being made (just after start-up): wait for it, within bounds.
    if (!this.connectedOnce) {
      try {
        await bounded(this.queue.waitUntilReady());
        if ((this.redis.status as string) === 'ready') return;
      } catch {
        // fall through to the error below
      }
    }
    throw new QueueUnavailableError(new Error(`the Redis connection is ${this.redis.status}`));
  }
}
