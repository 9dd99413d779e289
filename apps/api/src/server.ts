import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AnalyzeQueue, redisConnection } from '@hotpath/jobs';
import { createStore, DirectoryBlobStore } from '@hotpath/store';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { AppModule } from './app.module';
import type { ApiConfig } from './config';
import type { ApiDeps } from './deps';
import { ErrorFilter } from './error.filter';
import { httpLogger, requestMetrics } from './http-log';
import { Metrics } from './metrics';
import { PinoNestLogger } from './nest-logger';
import { setupOpenApi } from './openapi';
import { RequeueSweep } from './requeue';

export interface RunningApi {
  app: NestExpressApplication;
  deps: ApiDeps;
  /** The bound address, e.g. http://127.0.0.1:3000. */
  url: string;
  close(): Promise<void>;
}

/**
 * Builds the adapters, migrates the database, and serves the API. The body
 * parser is off: submission endpoints read the raw stream themselves, with
 * their own bounds, and a `.cpuprofile` sent as JSON must not be parsed here.
 */
export async function startApi(config: ApiConfig, logger: Logger = pino({ level: config.logLevel })): Promise<RunningApi> {
  const store = createStore({ connectionString: config.databaseUrl });
  const redis = redisConnection(config.redisUrl, 'producer');
  const queue = new AnalyzeQueue({ redis, prefix: config.queuePrefix });
  const metrics = new Metrics(queue, store);
  const deps: ApiDeps = { config, store, blobs: new DirectoryBlobStore(config.blobDir), redis, queue, metrics, logger };
  try {
    const applied = await store.migrate();
    if (applied.length) logger.info({ migrations: applied }, 'applied database migrations');
  } catch (err) {
    await Promise.allSettled([store.close(), queue.close()]);
    redis.disconnect();
    throw err;
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.with(deps), { bodyParser: false, logger: new PinoNestLogger(logger) });
  app.disable('x-powered-by');
  // Reports carry strings from profiles: never let a browser guess another type than the one sent.
  app.use((_req: unknown, res: { setHeader(k: string, v: string): void }, next: () => void) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  app.use(httpLogger(logger));
  app.use(requestMetrics(metrics));
  app.useGlobalFilters(new ErrorFilter(logger));
  setupOpenApi(app);
  const sweep = new RequeueSweep(store, queue, redis, metrics, logger, config.requeueIntervalMs);
  const server = app.getHttpServer();
  server.requestTimeout = config.requestTimeoutMs;
  server.headersTimeout = Math.min(60_000, config.requestTimeoutMs);
  await app.listen(config.port, config.host);
  sweep.start();
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  logger.info({ url }, 'hotpath API listening');

  return {
    app,
    deps,
    url,
    async close() {
      await sweep.stop();
      await app.close();
      await Promise.allSettled([queue.close(), store.close()]);
      redis.disconnect();
    },
  };
}
