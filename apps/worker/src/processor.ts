/**
 * The sandboxed processor: BullMQ loads this file in a worker thread per
 * concurrency slot and hands it one job at a time. Decoding and analysing a
 * profile is synchronous CPU work; running it here keeps the worker's main
 * event loop free to renew job locks, so a long analysis is not mistaken for
 * a dead worker and handed to another.
 */
import { workerData } from 'node:worker_threads';
import type { SandboxedJob } from 'bullmq';
import { createStore, DirectoryBlobStore } from '@hotpath/store';
import type { WorkerConfig } from './config';
import { createRegistry } from './handlers';
import type { HandlerRegistry } from './registry';

let registry: HandlerRegistry | undefined;

function init(): HandlerRegistry {
  const config = (workerData as { hotpath?: WorkerConfig } | null)?.hotpath;
  if (!config) throw new Error('the processor thread was started without its configuration (workerData.hotpath)');
  // One job at a time per thread: two connections cover the claim and the result.
  const store = createStore({ connectionString: config.databaseUrl, maxConnections: 2 });
  return createRegistry({ store, blobs: new DirectoryBlobStore(config.blobDir), limits: config.limits, flameGraphNodes: config.flameGraphNodes });
}

export default async function process(job: SandboxedJob): Promise<unknown> {
  registry ??= init();
  return registry.dispatch(job.name, job.data, { jobId: String(job.id), attemptsMade: job.attemptsMade, maxAttempts: job.opts.attempts ?? 1 });
}
