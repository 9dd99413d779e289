import type { AnalyzeQueue } from '@hotpath/jobs';
import type { BlobStore, Store } from '@hotpath/store';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { ApiConfig } from './config';
import type { Metrics } from './metrics';

/**
 * The external systems the API talks to, each behind one object, created in
 * main.ts (or a test) and handed to the Nest module. Controllers and guards
 * receive them by these tokens.
 */
export const CONFIG = Symbol('config');
export const STORE = Symbol('store');
export const BLOBS = Symbol('blobs');
export const REDIS = Symbol('redis');
export const QUEUE = Symbol('queue');
export const METRICS = Symbol('metrics');
export const LOGGER = Symbol('logger');

export interface ApiDeps {
  config: ApiConfig;
  store: Store;
  blobs: BlobStore;
  redis: Redis;
  queue: AnalyzeQueue;
  metrics: Metrics;
  logger: Logger;
}
