/**
 * @hotpath/store — the service's state: PostgreSQL (tenants, tokens, services,
 * profiles, reports, one row per finding) and a blob store for raw profiles.
 *
 * Stable exports (the API and the workers build on them):
 * - `createStore({ connectionString, maxConnections?, statementTimeoutMs? })` → `Store`:
 *   `migrate()`, `ping()`, `close()`;
 *   `createTenant(name)`, `getTenant(id)`, `findTenantByName(name)`, `listTenants()`;
 *   `createToken(tenantId, label?)` → plaintext (stored as sha256), `tenantForToken(plaintext)`,
 *   `listTokens(tenantId)`, `revokeToken(tenantId, tokenId)`;
 *   `upsertService(tenantId, name)`, `listServices(tenantId)`;
 *   `submitProfile(NewProfile, sampleType?)` → `{ profile, report, created }` (one transaction; a
 *   resubmission returns the existing rows with `created: false`), `findProfileByDigest(tenantId,
 *   service, digest)`, `getProfile(tenantId, id)`;
 *   `getReport(tenantId, id)` (with the report JSON), `getReportStatus(tenantId, id)` (without),
 *   `markReportRunning`, `completeReport(tenantId, id, report)` (report + finding rows in one
 *   transaction), `failReport(tenantId, id, code, message)`;
 *   `listProfiles(tenantId, service, TimeRange)`, `listReports(tenantId, service, ReportFilter)`,
 *   `listFindings(tenantId, service | undefined, FindingFilter)` — newest first, limit 1..1000;
 *   across tenants, for operations only: `listUnfinishedReports({ olderThanMs, limit, after })` (oldest
 *   first, paged, for re-queueing) and `reportStats(since)` (counts by status, failures by code, latency).
 *   Every tenant-data call filters by tenant in SQL; ids that are not uuids or belong to another
 *   tenant read as `undefined` / `[]`. Bad arguments throw `StoreError` (`code` 'invalid_argument'
 *   or 'conflict').
 * - `profileBlobKey(tenantId, digest)`, `hashToken(plaintext)`.
 * - `DirectoryBlobStore(root)` implementing `BlobStore` (atomic writes, validated keys;
 *   `get` of a missing key throws `StoreError` 'blob_not_found').
 * - `migrate(pool)`, `loadMigrations()`, `MIGRATIONS_DIR`: numbered SQL files in
 *   libs/store/migrations, applied under an advisory lock, recorded in `schema_migrations`.
 * - `createScratchDatabase(serverUrl?)` → `{ url, drop() }` for tests and benchmarks.
 * - The row types of ./types.
 *
 * The stored report JSON of a done report carries a `flameGraph` (for the HTML view); strip it
 * for the JSON view, whose contract has none.
 */
export * from './types';
export * from './errors';
export * from './store';
export * from './blob';
export { migrate, loadMigrations, MIGRATIONS_DIR } from './migrate';
export type { Migration } from './migrate';
export * from './scratch';
