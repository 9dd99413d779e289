/**
 * @hotpath/jobs — the analysis queue shared by the API (producer) and the workers.
 *
 * Stable exports:
 * - `ANALYZE_QUEUE`, `JobPayloads`, `JobName`, `JobResults`: queue name and typed jobs.
 * - `AnalyzeQueue({ redis: url | IORedis, prefix? })`: `enqueueAnalyze(payload, { service, digest })`
 *   → `{ jobId, added, priority }` (deterministic job id; a duplicate is not added; priority from
 *   the tenant's pending jobs for fairness), `counts()` (queue depth), `ping()`, `close()`. Redis
 *   failures throw `QueueUnavailableError` (`code` 'queue_unavailable': answer 503).
 * - `analyzeJobId({ tenantId, service, digest, sampleType? })`.
 * - `ANALYZE_JOB_OPTIONS` (attempts, back-off, retention), `DEFAULT_PREFIX` ('hotpath').
 * - `redisConnection(url, 'producer' | 'worker')`: ioredis with the options each side needs.
 * - `tenantPendingKey`, `settleTenantJob`: the fairness bookkeeping the worker updates.
 */
export * from './types';
export * from './errors';
export * from './ids';
export * from './connection';
export * from './queue';
