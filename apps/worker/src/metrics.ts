import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The worker's Prometheus metrics: jobs by outcome, durations, failures by reason. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    jobs: new Counter({ name: 'hotpath_worker_jobs_total', help: 'Jobs finished by this worker, by job name and outcome', labelNames: ['name', 'outcome'], registers: [registry] }),
    duration: new Histogram({
      name: 'hotpath_worker_job_duration_seconds',
      help: 'Time from a job starting on this worker to its end',
      labelNames: ['name'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers: [registry],
    }),
    failures: new Counter({ name: 'hotpath_worker_job_failures_total', help: 'Failed job attempts, by reason code', labelNames: ['name', 'reason', 'final'], registers: [registry] }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
