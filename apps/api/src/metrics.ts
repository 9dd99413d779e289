import type { AnalyzeQueue } from '@hotpath/jobs';
import type { ReportStats, Store } from '@hotpath/store';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The API's Prometheus metrics. Requests are counted here; queue depth is
 * read from BullMQ at scrape time, since workers in other processes move the
 * jobs; report outcomes, failures by reason and submit-to-report latency are
 * read from PostgreSQL over a trailing window, so they cover every worker.
 * (Each worker process also exposes its own job metrics; see apps/worker.)
 */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'hotpath_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'hotpath_http_request_duration_seconds',
    help: 'HTTP request duration by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly submissions = new Counter({
    name: 'hotpath_submissions_total',
    help: 'Profiles accepted (created: new analysis; duplicate: same bytes already submitted) and refused by reason',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly requeued = new Counter({
    name: 'hotpath_requeued_reports_total',
    help: 'Unfinished reports put back on the queue by the requeue sweep (jobs Redis lost)',
    registers: [this.registry],
  });

  constructor(queue: AnalyzeQueue, store: Store) {
    collectDefaultMetrics({ register: this.registry });
    const stats = new StatsCache(store);
    new Gauge({
      name: 'hotpath_reports',
      help: `Reports created in the last ${STATS_WINDOW_S} s by status`,
      labelNames: ['status'] as const,
      registers: [this.registry],
      async collect() {
        const s = await stats.get();
        if (s) for (const [status, n] of Object.entries(s.status)) this.set({ status }, n);
      },
    });
    new Gauge({
      name: 'hotpath_report_failures',
      help: `Reports failed in the last ${STATS_WINDOW_S} s by reason code`,
      labelNames: ['reason'] as const,
      registers: [this.registry],
      async collect() {
        const s = await stats.get();
        if (s) for (const [reason, n] of Object.entries(s.failures)) this.set({ reason }, n);
      },
    });
    new Gauge({
      name: 'hotpath_report_latency_seconds',
      help: `Submit-to-report latency of reports done in the last ${STATS_WINDOW_S} s`,
      labelNames: ['quantile'] as const,
      registers: [this.registry],
      async collect() {
        const s = await stats.get();
        if (!s) return;
        this.set({ quantile: '0.5' }, s.durationSeconds.p50);
        this.set({ quantile: '0.99' }, s.durationSeconds.p99);
      },
    });
    new Gauge({
      name: 'hotpath_queue_jobs',
      help: 'Analysis jobs in the queue by state (read from Redis at scrape time)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      async collect() {
        try {
          const counts = await queue.counts();
          for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
        } catch {
          // Redis down: the gauge keeps its last values and /health says why.
        }
      },
    });
  }
}

const STATS_WINDOW_S = 3600;

/** One store query per scrape, shared by the three gauges that read it. */
class StatsCache {
  private pending?: Promise<ReportStats | undefined>;
  private at = 0;
  constructor(private readonly store: Store) {}

  get(): Promise<ReportStats | undefined> {
    if (!this.pending || Date.now() - this.at > 1000) {
      this.at = Date.now();
      // PostgreSQL down: the gauges keep their last values and /health says why.
      this.pending = this.store.reportStats(new Date(Date.now() - STATS_WINDOW_S * 1000)).catch(() => undefined);
    }
    return this.pending;
  }
}
