import { createHash, randomBytes } from 'node:crypto';
import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { StoreError } from './errors';
import { migrate } from './migrate';
import type {
  FindingFilter,
  FindingInput,
  FindingRow,
  NewProfile,
  ProfileRow,
  ReportFilter,
  ReportRow,
  ReportStats,
  ReportStatus,
  Service,
  Tenant,
  TimeRange,
  TokenInfo,
  UnfinishedReport,
} from './types';
import * as v from './validate';

export interface StoreOptions {
  connectionString: string;
  /** Connections in the pool (default 10): the API and each worker process hold their own pool. */
  maxConnections?: number;
  /** Milliseconds a statement may run before PostgreSQL cancels it (default 30 s). */
  statementTimeoutMs?: number;
}

export interface SubmitResult {
  profile: ProfileRow;
  report: ReportRow;
  /** False when this tenant already submitted the same bytes for this service (and sample type): nothing new to analyse. */
  created: boolean;
}

const TOKEN_PREFIX = 'hp_';

/** A blob key for a profile's raw bytes: one per tenant and content. */
export function profileBlobKey(tenantId: string, digest: string): string {
  return `profiles/${v.uuid('tenantId', tenantId)}/${v.digest(digest)}`;
}

export function hashToken(plaintext: string): Buffer {
  return createHash('sha256').update(plaintext, 'utf8').digest();
}

export type Store = ReturnType<typeof createStore>;

/**
 * The service's state in PostgreSQL. Every method that touches tenant data
 * takes the tenant id and filters by it in the SQL itself; ids that are not
 * uuids or belong to another tenant read as absent (the API's 404).
 */
export function createStore(options: StoreOptions) {
  const config: PoolConfig = {
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    idleTimeoutMillis: 30_000,
    // Fail fast when PostgreSQL is down, so /health and job retries see it instead of hanging.
    connectionTimeoutMillis: 5_000,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    application_name: 'hotpath',
  };
  const pool = new Pool(config);
  // An idle client's connection dropping (a PostgreSQL restart) is reported here; without a listener it would crash the process.
  pool.on('error', () => undefined);

  async function tx<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  const REPORT_COLUMNS = `r.id, r.tenant_id, r.profile_id, s.name AS service, r.sample_type, r.status, r.error_code, r.error_message,
    r.attempts, r.created_at, r.started_at, r.finished_at`;

  async function getReport(tenantId: string, id: string, withReport = true): Promise<ReportRow | undefined> {
    if (!v.isUuid(tenantId) || !v.isUuid(id)) return undefined;
    const { rows } = await pool.query(
      `SELECT ${REPORT_COLUMNS}${withReport ? ', r.report' : ''} FROM reports r JOIN services s ON s.id = r.service_id
       WHERE r.tenant_id = $1 AND r.id = $2`,
      [tenantId, id],
    );
    return rows[0] ? reportRow(rows[0]) : undefined;
  }

  return {
    pool,

    /** Applies pending migrations (under an advisory lock); returns the ones applied. */
    migrate: () => migrate(pool),

    /** Round trip to PostgreSQL, for health checks. */
    async ping(): Promise<void> {
      await pool.query('SELECT 1');
    },

    close: () => pool.end(),

    // ── tenants and tokens ─────────────────────────────────────────────

    async createTenant(name: string): Promise<Tenant> {
      v.name('tenant name', name);
      try {
        const { rows } = await pool.query('INSERT INTO tenants (name) VALUES ($1) RETURNING *', [name]);
        return tenantRow(rows[0]);
      } catch (err) {
        if ((err as { code?: string }).code === '23505') throw new StoreError('conflict', `a tenant named ${name} already exists`);
        throw err;
      }
    },

    async getTenant(id: string): Promise<Tenant | undefined> {
      if (!v.isUuid(id)) return undefined;
      const { rows } = await pool.query('SELECT * FROM tenants WHERE id = $1', [id]);
      return rows[0] ? tenantRow(rows[0]) : undefined;
    },

    async findTenantByName(name: string): Promise<Tenant | undefined> {
      const { rows } = await pool.query('SELECT * FROM tenants WHERE name = $1', [name]);
      return rows[0] ? tenantRow(rows[0]) : undefined;
    },

    async listTenants(): Promise<Tenant[]> {
      const { rows } = await pool.query('SELECT * FROM tenants ORDER BY created_at, name LIMIT 10000');
      return rows.map(tenantRow);
    },

    /** A new bearer token for the tenant. The plaintext is returned once; only its sha256 is stored. */
    async createToken(tenantId: string, label?: string): Promise<string> {
      v.uuid('tenantId', tenantId);
      v.optionalText('label', label, 200);
      const plaintext = TOKEN_PREFIX + randomBytes(32).toString('base64url');
      const { rowCount } = await pool.query(
        'INSERT INTO tokens (tenant_id, token_hash, label) SELECT id, $2, $3 FROM tenants WHERE id = $1',
        [tenantId, hashToken(plaintext), label ?? null],
      );
      if (rowCount !== 1) throw new StoreError('invalid_argument', `no tenant with id ${tenantId}`);
      return plaintext;
    },

    /** The tenant a bearer token belongs to; undefined for unknown, malformed or revoked tokens. */
    async tenantForToken(plaintext: string): Promise<Tenant | undefined> {
      if (typeof plaintext !== 'string' || !plaintext.startsWith(TOKEN_PREFIX) || plaintext.length > 200) return undefined;
      const { rows } = await pool.query(
        `SELECT t.* FROM tokens k JOIN tenants t ON t.id = k.tenant_id WHERE k.token_hash = $1 AND k.revoked_at IS NULL`,
        [hashToken(plaintext)],
      );
      return rows[0] ? tenantRow(rows[0]) : undefined;
    },

    async listTokens(tenantId: string): Promise<TokenInfo[]> {
      if (!v.isUuid(tenantId)) return [];
      const { rows } = await pool.query('SELECT id, tenant_id, label, created_at, revoked_at FROM tokens WHERE tenant_id = $1 ORDER BY created_at', [tenantId]);
      return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, label: r.label ?? undefined, createdAt: r.created_at, revokedAt: r.revoked_at ?? undefined }));
    },

    /** Revokes a token by its id (from listTokens); false when the tenant has no such token. */
    async revokeToken(tenantId: string, tokenId: string): Promise<boolean> {
      if (!v.isUuid(tenantId) || !v.isUuid(tokenId)) return false;
      const { rowCount } = await pool.query('UPDATE tokens SET revoked_at = now() WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL', [tenantId, tokenId]);
      return rowCount === 1;
    },

    // ── services ───────────────────────────────────────────────────────

    async upsertService(tenantId: string, name: string): Promise<Service> {
      return upsertService(pool, v.uuid('tenantId', tenantId), v.name('service', name));
    },

    async listServices(tenantId: string): Promise<Service[]> {
      if (!v.isUuid(tenantId)) return [];
      const { rows } = await pool.query('SELECT * FROM services WHERE tenant_id = $1 ORDER BY name LIMIT 10000', [tenantId]);
      return rows.map(serviceRow);
    },

    // ── profiles and reports ───────────────────────────────────────────

    /**
     * Records a submitted profile (its bytes already in the blob store) and
     * its report in one transaction. A resubmission of the same bytes by the
     * same tenant for the same service returns the existing rows with
     * `created: false`.
     */
    async submitProfile(input: NewProfile, sampleType?: string): Promise<SubmitResult> {
      const p = checkNewProfile(input);
      const type = v.optionalText('sampleType', sampleType, 200) ?? '';
      return tx(async (c) => {
        const service = await upsertService(c, p.tenantId, p.service);
        await c.query(
          `INSERT INTO profiles (tenant_id, service_id, digest, blob_key, format, bytes, commit_sha, repo, pr, labels)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (tenant_id, service_id, digest) DO NOTHING`,
          [p.tenantId, service.id, p.digest, p.blobKey, p.format ?? null, p.bytes, p.commit ?? null, p.repo ?? null, p.pr ?? null, JSON.stringify(p.labels ?? {})],
        );
        const profile = (await c.query(`SELECT p.*, $3::text AS service FROM profiles p WHERE tenant_id = $1 AND service_id = $2 AND digest = $4`, [p.tenantId, service.id, service.name, p.digest])).rows[0];
        const selectReport = `SELECT ${REPORT_COLUMNS} FROM reports r JOIN services s ON s.id = r.service_id WHERE r.profile_id = $1 AND r.sample_type = $2`;
        // A resubmission reads the existing report without inserting: an INSERT that conflicts with a
        // row a worker is completing would wait for that worker's transaction.
        const existing = (await c.query(selectReport, [profile.id, type])).rows[0];
        if (existing) return { profile: profileRow(profile), report: reportRow(existing), created: false };
        const inserted = await c.query(
          `INSERT INTO reports (tenant_id, profile_id, service_id, sample_type) VALUES ($1, $2, $3, $4)
           ON CONFLICT (profile_id, sample_type) DO NOTHING RETURNING id`,
          [p.tenantId, profile.id, service.id, type],
        );
        const report = (
          await c.query(selectReport, [profile.id, type])
        ).rows[0];
        return { profile: profileRow(profile), report: reportRow(report), created: inserted.rowCount === 1 };
      });
    },

    /** The tenant's profile of these bytes for this service, if it was submitted before. */
    async findProfileByDigest(tenantId: string, service: string, digest: string): Promise<ProfileRow | undefined> {
      if (!v.isUuid(tenantId)) return undefined;
      const { rows } = await pool.query(
        `SELECT p.*, s.name AS service FROM profiles p JOIN services s ON s.id = p.service_id
         WHERE p.tenant_id = $1 AND s.name = $2 AND p.digest = $3`,
        [tenantId, service, digest],
      );
      return rows[0] ? profileRow(rows[0]) : undefined;
    },

    async getProfile(tenantId: string, id: string): Promise<ProfileRow | undefined> {
      if (!v.isUuid(tenantId) || !v.isUuid(id)) return undefined;
      const { rows } = await pool.query(
        'SELECT p.*, s.name AS service FROM profiles p JOIN services s ON s.id = p.service_id WHERE p.tenant_id = $1 AND p.id = $2',
        [tenantId, id],
      );
      return rows[0] ? profileRow(rows[0]) : undefined;
    },

    /** The report row with its report JSON (when done). */
    getReport: (tenantId: string, id: string) => getReport(tenantId, id, true),

    /** The report row without its JSON: status polling. */
    getReportStatus: (tenantId: string, id: string) => getReport(tenantId, id, false),

    /**
     * Claims a report for analysis: status running, one more attempt.
     * Undefined when it is already done or failed (a redelivered job then has
     * nothing to do) or does not exist.
     */
    async markReportRunning(tenantId: string, id: string): Promise<ReportRow | undefined> {
      if (!v.isUuid(tenantId) || !v.isUuid(id)) return undefined;
      const { rows } = await pool.query(
        `UPDATE reports r SET status = 'running', attempts = attempts + 1, started_at = now()
         FROM services s WHERE s.id = r.service_id AND r.tenant_id = $1 AND r.id = $2 AND r.status IN ('queued', 'running')
         RETURNING ${REPORT_COLUMNS}`,
        [tenantId, id],
      );
      return rows[0] ? reportRow(rows[0]) : undefined;
    },

    /**
     * Stores the finished report and one row per finding in one transaction.
     * False when the report was already done or failed (nothing is written).
     */
    async completeReport(tenantId: string, id: string, report: { findings: FindingInput[] }): Promise<boolean> {
      v.uuid('tenantId', tenantId);
      v.uuid('reportId', id);
      return tx(async (c) => {
        const { rows } = await c.query(
          `UPDATE reports SET status = 'done', report = $3::jsonb, finished_at = now(), error_code = NULL, error_message = NULL
           WHERE tenant_id = $1 AND id = $2 AND status IN ('queued', 'running') RETURNING service_id, finished_at`,
          [tenantId, id, v.jsonForPostgres(report)],
        );
        if (!rows[0]) return false;
        await insertFindings(c, tenantId, id, rows[0].service_id, rows[0].finished_at, report.findings ?? []);
        return true;
      });
    },

    /** Marks a report failed with a stable reason code and a message; false when it was already done or failed. */
    async failReport(tenantId: string, id: string, code: string, message: string): Promise<boolean> {
      v.uuid('tenantId', tenantId);
      v.uuid('reportId', id);
      const { rowCount } = await pool.query(
        `UPDATE reports SET status = 'failed', error_code = $3, error_message = $4, finished_at = now()
         WHERE tenant_id = $1 AND id = $2 AND status IN ('queued', 'running')`,
        [tenantId, id, v.noNul(String(code).slice(0, 64)), v.noNul(String(message).slice(0, 4000))],
      );
      return rowCount === 1;
    },

    // ── across tenants (operations only: the requeue sweep, /metrics) ───

    /**
     * Reports still queued or running that were created more than
     * `olderThanMs` ago, oldest first, with what re-queueing them needs. Across
     * tenants: for the API's sweep that re-queues work Redis lost. `after` (the
     * last row of the previous page) pages on, so a sweep reaches every row
     * however many stay unfinished. Pages are ordered by the creation time to
     * the millisecond, what a JavaScript Date holds (PostgreSQL keeps
     * microseconds: compared at that precision, a row would follow itself).
     */
    async listUnfinishedReports(options: { olderThanMs: number; limit: number; after?: { createdAt: Date; reportId: string } }): Promise<UnfinishedReport[]> {
      const older = v.nonNegativeInt('olderThanMs', options.olderThanMs);
      const after = options.after;
      if (after) v.uuid('after.reportId', after.reportId);
      const { rows } = await pool.query(
        `SELECT r.tenant_id, r.id, r.profile_id, s.name AS service, p.digest, r.sample_type, r.created_at
         FROM reports r JOIN services s ON s.id = r.service_id JOIN profiles p ON p.id = r.profile_id
         WHERE r.status IN ('queued', 'running') AND r.created_at < now() - make_interval(secs => $1::float8 / 1000)
           AND ($2::timestamptz IS NULL OR (date_trunc('milliseconds', r.created_at), r.id) > ($2::timestamptz, $3::uuid))
         ORDER BY date_trunc('milliseconds', r.created_at), r.id LIMIT ${v.limit(options.limit)}`,
        [older, after?.createdAt ?? null, after?.reportId ?? null],
      );
      return rows.map((r) => ({
        tenantId: r.tenant_id,
        reportId: r.id,
        profileId: r.profile_id,
        service: r.service,
        digest: r.digest,
        sampleType: r.sample_type || undefined,
        createdAt: r.created_at,
      }));
    },

    /**
     * Reports created since `since`, across tenants: counts by status, failures
     * by reason code, and the submit-to-report latency of the done ones.
     */
    async reportStats(since: Date): Promise<ReportStats> {
      v.date('since', since);
      const [byStatus, byReason, latency] = await Promise.all([
        pool.query('SELECT status, count(*)::int AS n FROM reports WHERE created_at >= $1 GROUP BY status', [since]),
        pool.query(`SELECT coalesce(error_code, 'unknown') AS code, count(*)::int AS n FROM reports WHERE created_at >= $1 AND status = 'failed' GROUP BY 1`, [since]),
        pool.query(
          `SELECT count(*)::int AS n,
             coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - created_at)), 0) AS p50,
             coalesce(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - created_at)), 0) AS p99
           FROM reports WHERE created_at >= $1 AND status = 'done' AND finished_at IS NOT NULL`,
          [since],
        ),
      ]);
      const status: Record<ReportStatus, number> = { queued: 0, running: 0, done: 0, failed: 0 };
      for (const r of byStatus.rows) status[r.status as ReportStatus] = r.n;
      const failures: Record<string, number> = {};
      for (const r of byReason.rows) failures[r.code] = r.n;
      const l = latency.rows[0];
      return { status, failures, durationSeconds: { count: l.n, p50: Number(l.p50), p99: Number(l.p99) } };
    },

    // ── listings (newest first) ────────────────────────────────────────

    async listProfiles(tenantId: string, service: string, range: TimeRange = {}): Promise<ProfileRow[]> {
      if (!v.isUuid(tenantId)) return [];
      const w = timeWhere('p.received_at', range, [tenantId, service]);
      const { rows } = await pool.query(
        `SELECT p.*, s.name AS service FROM profiles p JOIN services s ON s.id = p.service_id
         WHERE p.tenant_id = $1 AND s.tenant_id = $1 AND s.name = $2${w.sql} ORDER BY p.received_at DESC, p.id LIMIT ${v.limit(range.limit)}`,
        w.params,
      );
      return rows.map(profileRow);
    },

    /** Report rows without their JSON. */
    async listReports(tenantId: string, service: string, filter: ReportFilter = {}): Promise<ReportRow[]> {
      if (!v.isUuid(tenantId)) return [];
      const w = timeWhere('r.created_at', filter, [tenantId, service]);
      if (filter.status !== undefined) {
        if (!['queued', 'running', 'done', 'failed'].includes(filter.status)) throw new StoreError('invalid_argument', `status must be queued, running, done or failed, not ${filter.status}`);
        w.params.push(filter.status);
        w.sql += ` AND r.status = $${w.params.length}`;
      }
      const { rows } = await pool.query(
        `SELECT ${REPORT_COLUMNS} FROM reports r JOIN services s ON s.id = r.service_id
         WHERE r.tenant_id = $1 AND s.tenant_id = $1 AND s.name = $2${w.sql} ORDER BY r.created_at DESC, r.id LIMIT ${v.limit(filter.limit)}`,
        w.params,
      );
      return rows.map(reportRow);
    },

    /** Finding rows of a service (or of every service when `service` is undefined), newest first, filtered by category, rule, file, report. */
    async listFindings(tenantId: string, service: string | undefined, filter: FindingFilter = {}): Promise<FindingRow[]> {
      if (!v.isUuid(tenantId)) return [];
      const w = timeWhere('f.created_at', filter, [tenantId]);
      const add = (column: string, value: unknown) => {
        w.params.push(value);
        w.sql += ` AND ${column} = $${w.params.length}`;
      };
      if (service !== undefined) add('s.name', service);
      if (filter.category !== undefined) add('f.category', filter.category);
      if (filter.ruleId !== undefined) add('f.rule_id', filter.ruleId);
      if (filter.file !== undefined) add('f.file', filter.file);
      if (filter.reportId !== undefined) {
        if (!v.isUuid(filter.reportId)) return [];
        add('f.report_id', filter.reportId);
      }
      const { rows } = await pool.query(
        `SELECT f.*, s.name AS service FROM findings f JOIN services s ON s.id = f.service_id
         WHERE f.tenant_id = $1 AND s.tenant_id = $1${w.sql} ORDER BY f.created_at DESC, f.report_id, f.ordinal LIMIT ${v.limit(filter.limit)}`,
        w.params,
      );
      return rows.map(findingRow);
    },
  };
}

async function upsertService(c: Pool | PoolClient, tenantId: string, name: string): Promise<Service> {
  // DO NOTHING then SELECT, not DO UPDATE: an upsert that updates locks the existing row, and a
  // submission holding that lock deadlocks with a worker inserting findings (whose foreign key
  // takes a share lock on the same service row) while the submission waits on that worker's report.
  const inserted = await c.query(`INSERT INTO services (tenant_id, name) VALUES ($1, $2) ON CONFLICT (tenant_id, name) DO NOTHING RETURNING *`, [tenantId, name]);
  if (inserted.rows[0]) return serviceRow(inserted.rows[0]);
  const { rows } = await c.query(`SELECT * FROM services WHERE tenant_id = $1 AND name = $2`, [tenantId, name]);
  return serviceRow(rows[0]);
}

function checkNewProfile(p: NewProfile): NewProfile {
  if (typeof p !== 'object' || p === null) throw new StoreError('invalid_argument', 'profile must be an object');
  return {
    tenantId: v.uuid('tenantId', p.tenantId),
    service: v.name('service', p.service),
    digest: v.digest(p.digest),
    blobKey: v.optionalText('blobKey', p.blobKey, 512) ?? (() => { throw new StoreError('invalid_argument', 'blobKey is required'); })(),
    format: v.optionalText('format', p.format, 64),
    bytes: v.nonNegativeInt('bytes', p.bytes),
    commit: v.optionalText('commit', p.commit, 64, /^[0-9a-fA-F]{7,64}$/),
    repo: v.optionalText('repo', p.repo, 200, /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/),
    pr: p.pr === undefined ? undefined : v.nonNegativeInt('pr', p.pr, 2 ** 31 - 1),
    labels: v.labels(p.labels),
  };
}

const MAX_FINDINGS = 10_000;

/** One INSERT for all of a report's findings, as parallel arrays unnested by PostgreSQL. */
async function insertFindings(c: PoolClient, tenantId: string, reportId: string, serviceId: string, at: Date, findings: FindingInput[]): Promise<void> {
  if (!Array.isArray(findings)) throw new StoreError('invalid_argument', 'report.findings must be an array');
  if (findings.length > MAX_FINDINGS) throw new StoreError('invalid_argument', `a report may hold at most ${MAX_FINDINGS} findings, not ${findings.length}`);
  if (findings.length === 0) return;
  const cols: unknown[][] = Array.from({ length: 13 }, () => []);
  findings.forEach((f, i) => {
    const where = pointOf(f);
    const values = [
      i,
      text(f.ruleId, 200),
      text(f.category, 100),
      text(f.detector, 20),
      text(f.severity, 20),
      finite(f.confidence),
      text(f.title, 1000),
      finite(f.impact?.share),
      finite(f.impact?.value),
      text(f.impact?.unit ?? '', 50),
      where.file ? text(where.file, 2000) : null,
      where.line && Number.isSafeInteger(where.line) && where.line > 0 && where.line < 2 ** 31 ? where.line : null,
      where.function ? text(where.function, 2000) : null,
    ];
    values.forEach((value, k) => cols[k].push(value));
  });
  await c.query(
    `INSERT INTO findings (tenant_id, report_id, service_id, created_at, ordinal, rule_id, category, detector, severity, confidence, title, share, value, unit, file, line, function)
     SELECT $1, $2, $3, $4, * FROM unnest($5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::float8[], $11::text[],
       $12::float8[], $13::float8[], $14::text[], $15::text[], $16::int[], $17::text[])`,
    [tenantId, reportId, serviceId, at, ...cols],
  );
}

/** The finding's source location when resolved, else the frame it is blamed on, else its stack's leaf. */
function pointOf(f: FindingInput): { file?: string; line?: number; function?: string } {
  if (f.location) return f.location;
  if (f.blame) return f.blame;
  const leaf = Array.isArray(f.stack) ? f.stack[f.stack.length - 1] : undefined;
  return leaf ?? {};
}

function text(s: unknown, max: number): string {
  return v.noNul(String(s ?? '')).slice(0, max);
}

function finite(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

function timeWhere(column: string, range: TimeRange, params: unknown[]): { sql: string; params: unknown[] } {
  let sql = '';
  const from = v.date('from', range.from);
  const to = v.date('to', range.to);
  if (from) {
    params.push(from);
    sql += ` AND ${column} >= $${params.length}`;
  }
  if (to) {
    params.push(to);
    sql += ` AND ${column} < $${params.length}`;
  }
  return { sql, params };
}

// ── row mapping ────────────────────────────────────────────────────────

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function tenantRow(r: Row): Tenant {
  return { id: r.id, name: r.name, createdAt: r.created_at };
}

function serviceRow(r: Row): Service {
  return { id: r.id, tenantId: r.tenant_id, name: r.name, createdAt: r.created_at };
}

function profileRow(r: Row): ProfileRow {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    service: r.service,
    digest: r.digest,
    blobKey: r.blob_key,
    format: r.format ?? undefined,
    bytes: Number(r.bytes),
    commit: r.commit_sha ?? undefined,
    repo: r.repo ?? undefined,
    pr: r.pr ?? undefined,
    labels: r.labels ?? {},
    receivedAt: r.received_at,
  };
}

function reportRow(r: Row): ReportRow {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    profileId: r.profile_id,
    service: r.service,
    status: r.status as ReportStatus,
    report: r.report ?? undefined,
    errorCode: r.error_code ?? undefined,
    errorMessage: r.error_message ?? undefined,
    sampleType: r.sample_type || undefined,
    attempts: r.attempts,
    createdAt: r.created_at,
    startedAt: r.started_at ?? undefined,
    finishedAt: r.finished_at ?? undefined,
  };
}

function findingRow(r: Row): FindingRow {
  return {
    id: String(r.id),
    tenantId: r.tenant_id,
    reportId: r.report_id,
    service: r.service,
    ruleId: r.rule_id,
    category: r.category,
    detector: r.detector,
    severity: r.severity,
    confidence: r.confidence,
    title: r.title,
    share: r.share,
    value: r.value,
    unit: r.unit,
    file: r.file ?? undefined,
    line: r.line ?? undefined,
    function: r.function ?? undefined,
    createdAt: r.created_at,
  };
}
