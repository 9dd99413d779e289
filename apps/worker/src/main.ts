#!/usr/bin/env node
/**
 * `npm run start:worker`: a worker process. Environment: REDIS_URL,
 * DATABASE_URL, BLOB_DIR, WORKER_CONCURRENCY (see config.ts for the rest).
 * Migrates the database on start; on SIGTERM or SIGINT stops taking jobs and
 * exits once the running ones have finished.
 */
import { createServer, type Server } from 'node:http';
import pino from 'pino';
import { ConfigError, readConfig } from './config';
import { createMetrics } from './metrics';
import { startWorker } from './worker';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`hotpath worker: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = pino({ level: config.logLevel, base: { service: 'hotpath-worker', pid: process.pid } });
  const metrics = createMetrics();
  const running = await startWorker(config, logger, metrics);

  let server: Server | undefined;
  if (config.metricsPort !== undefined) {
    server = createServer((req, res) => {
      if (req.url === '/metrics') {
        metrics.registry.metrics().then(
          (body) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body),
          () => res.writeHead(500).end(),
        );
      } else if (req.url === '/health') {
        running.ping().then(
          () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'),
          (err) => res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'unavailable', error: String(err?.message ?? err) })),
        );
      } else res.writeHead(404).end();
    });
    server.listen(config.metricsPort, '0.0.0.0');
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting for running jobs (they will be picked up again)');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping: finishing running jobs');
    server?.close();
    running.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err) => {
        logger.error({ err: err.message }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`hotpath worker: ${err?.stack ?? err}\n`);
  process.exit(1);
});
