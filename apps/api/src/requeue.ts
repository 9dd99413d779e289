import type { AnalyzeQueue } from '@hotpath/jobs';
import type { Store } from '@hotpath/store';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Metrics } from './metrics';

/** A report younger than this is probably between its row insert and its enqueue: leave it to its request. */
const GRACE_MS = 5_000;
/** The worker records a final failure just after BullMQ moves the job to failed: give it this long first. */
const FAILED_GRACE_MS = 60_000;
const BATCH = 500;

/**
 * Puts unfinished reports back on the queue. Redis keeps no jobs across a
 * restart here (as configured in this project's set-up), so after an outage
 * the store, not the queue, is the record of what still needs analysing.
 * Runs every `intervalMs` and as soon as the Redis connection is ready
 * again. Re-adding is safe: the job id is deterministic and a job that still
 * exists is left alone — unless it failed for good over a minute ago while
 * its report is still unfinished (the worker's write of the failure was lost,
 * PostgreSQL being down then): that report is failed here, or it would stay
 * running forever.
 * Each tick reads the next page of unfinished reports, so a backlog of more
 * than a page does not hide the rows behind it.
 */
export class RequeueSweep {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  /** The last row of the previous page; undefined: start from the oldest. */
  private after?: { createdAt: Date; reportId: string };

  constructor(
    private readonly store: Store,
    private readonly queue: AnalyzeQueue,
    private readonly redis: Redis,
    private readonly metrics: Metrics,
    private readonly logger: Logger,
    private readonly intervalMs: number,
    private readonly failedGraceMs = FAILED_GRACE_MS,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.run(), this.intervalMs);
    this.timer.unref();
    this.redis.on('ready', this.onReady);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.redis.off('ready', this.onReady);
    await this.running;
  }

  private readonly onReady = () => void this.run();

  /** One sweep; concurrent calls share the sweep in progress. */
  run(): Promise<void> {
    this.running ??= this.sweep().finally(() => (this.running = undefined));
    return this.running;
  }

  private async sweep(): Promise<void> {
    try {
      const reports = await this.store.listUnfinishedReports({ olderThanMs: GRACE_MS, limit: BATCH, after: this.after });
      let added = 0;
      let failed = 0;
      for (const r of reports) {
        const result = await this.queue.enqueueAnalyze(
          { tenantId: r.tenantId, profileId: r.profileId, reportId: r.reportId, sampleType: r.sampleType },
          { service: r.service, digest: r.digest },
        );
        if (result.added) {
          added++;
          continue;
        }
        const failure = await this.queue.finalFailure(result.jobId);
        if (failure && Date.now() - failure.at > this.failedGraceMs) {
          const message = `the analysis failed and its failure was not recorded: ${failure.reason}`;
          if (await this.store.failReport(r.tenantId, r.reportId, 'internal', message)) failed++;
        }
      }
      if (added > 0) {
        this.metrics.requeued.inc(added);
        this.logger.warn({ requeued: added, unfinished: reports.length }, 'requeued unfinished reports whose jobs were missing');
      }
      if (failed > 0) this.logger.warn({ failed }, 'failed unfinished reports whose jobs had failed for good');
      // Only a page that went through moves on: while Redis is down the next tick reads it again.
      const last = reports[reports.length - 1];
      this.after = reports.length < BATCH || !last ? undefined : { createdAt: last.createdAt, reportId: last.reportId };
    } catch (err) {
      // Redis or PostgreSQL is down: the next tick or the next 'ready' tries again.
      this.logger.debug({ err }, 'requeue sweep skipped');
    }
  }
}
