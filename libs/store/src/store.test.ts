import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createScratchDatabase, type ScratchDatabase } from './scratch';
import { createStore, profileBlobKey, type Store } from './store';
import { StoreError } from './errors';

let db: ScratchDatabase;
let store: Store;

beforeAll(async () => {
  db = await createScratchDatabase();
  store = createStore({ connectionString: db.url, maxConnections: 4 });
  await store.migrate();
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

async function tenantWithProfile(name: string, service = 'orders', content = name) {
  const tenant = await store.createTenant(name);
  const digest = sha(content);
  const submitted = await store.submitProfile({ tenantId: tenant.id, service, digest, blobKey: profileBlobKey(tenant.id, digest), bytes: 100, format: 'pprof' });
  return { tenant, digest, ...submitted };
}

const finding = (over: Record<string, unknown> = {}) => ({
  ruleId: 'node.aws-sdk-client-per-call',
  category: 'client-construction-in-hot-path',
  detector: 'rule',
  confidence: 0.9,
  severity: 'high',
  title: 'AWS SDK client per call',
  impact: { share: 0.2, value: 1e9, unit: 'nanoseconds' },
  stack: [{ function: 'main', file: 'a.js', line: 1 }, { function: 'handleOrder', file: 'dist/orders.js', line: 41 }],
  ...over,
});

describe('tokens', () => {
  it('stores only a hash and maps the plaintext back to its tenant', async () => {
    const t = await store.createTenant('tok-a');
    const token = await store.createToken(t.id, 'ci');
    expect(token).toMatch(/^hp_[A-Za-z0-9_-]{43}$/);
    expect((await store.tenantForToken(token))?.id).toBe(t.id);
    expect(await store.tenantForToken(token + 'x')).toBeUndefined();
    expect(await store.tenantForToken('garbage')).toBeUndefined();
    const { rows } = await store.pool.query('SELECT token_hash FROM tokens WHERE tenant_id = $1', [t.id]);
    expect(Buffer.from(rows[0].token_hash).toString('hex')).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token.slice(3));
    const [info] = await store.listTokens(t.id);
    expect(await store.revokeToken(t.id, info.id)).toBe(true);
    expect(await store.tenantForToken(token)).toBeUndefined();
  });

  it('refuses a duplicate tenant name and a token for a missing tenant', async () => {
    await store.createTenant('dup');
    await expect(store.createTenant('dup')).rejects.toMatchObject({ code: 'conflict' });
    await expect(store.createToken('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(StoreError);
    await expect(store.createTenant('../bad name')).rejects.toMatchObject({ code: 'invalid_argument' });
  });
});

describe('submissions and reports', () => {
  it('makes a resubmission of the same bytes return the same rows', async () => {
    const first = await tenantWithProfile('sub-a');
    expect(first.created).toBe(true);
    expect(first.report.status).toBe('queued');
    const again = await store.submitProfile({ tenantId: first.tenant.id, service: 'orders', digest: first.digest, blobKey: first.profile.blobKey, bytes: 100 });
    expect(again.created).toBe(false);
    expect(again.report.id).toBe(first.report.id);
    expect(again.profile.id).toBe(first.profile.id);
    // Another sample type of the same profile is another report.
    const cpu = await store.submitProfile({ tenantId: first.tenant.id, service: 'orders', digest: first.digest, blobKey: first.profile.blobKey, bytes: 100 }, 'cpu');
    expect(cpu.created).toBe(true);
    expect(cpu.profile.id).toBe(first.profile.id);
    expect(cpu.report.id).not.toBe(first.report.id);
    expect((await store.findProfileByDigest(first.tenant.id, 'orders', first.digest))?.id).toBe(first.profile.id);
    expect(await store.findProfileByDigest(first.tenant.id, 'billing', first.digest)).toBeUndefined();
  });

  it('concurrent submissions of one profile create one report', async () => {
    const t = await store.createTenant('race');
    const digest = sha('race');
    const results = await Promise.all(
      Array.from({ length: 8 }, () => store.submitProfile({ tenantId: t.id, service: 'svc', digest, blobKey: profileBlobKey(t.id, digest), bytes: 1 })),
    );
    expect(new Set(results.map((r) => r.report.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('stores a done report and one finding row each in the same transaction, once', async () => {
    const { tenant, report } = await tenantWithProfile('done-a');
    const running = await store.markReportRunning(tenant.id, report.id);
    expect(running).toMatchObject({ status: 'running', attempts: 1 });
    const body = { schemaVersion: 1, findings: [finding(), finding({ ruleId: 'x.regex', category: 'regex-compilation-in-hot-path', location: { file: 'src/o.ts', line: 18, column: 3, function: 'h' } })] };
    expect(await store.completeReport(tenant.id, report.id, body)).toBe(true);
    expect(await store.completeReport(tenant.id, report.id, body)).toBe(false);
    expect(await store.markReportRunning(tenant.id, report.id)).toBeUndefined();
    expect(await store.failReport(tenant.id, report.id, 'internal', 'late')).toBe(false);
    const stored = await store.getReport(tenant.id, report.id);
    expect(stored?.status).toBe('done');
    expect((stored?.report as { findings: unknown[] }).findings).toHaveLength(2);
    const rows = await store.listFindings(tenant.id, 'orders');
    expect(rows).toHaveLength(2);
    const byRule = Object.fromEntries(rows.map((r) => [r.ruleId, r]));
    expect(byRule['node.aws-sdk-client-per-call']).toMatchObject({ file: 'dist/orders.js', line: 41, function: 'handleOrder', share: 0.2 });
    expect(byRule['x.regex']).toMatchObject({ file: 'src/o.ts', line: 18 });
    expect(await store.listFindings(tenant.id, 'orders', { category: 'regex-compilation-in-hot-path' })).toHaveLength(1);
    expect(await store.listFindings(tenant.id, 'orders', { file: 'src/o.ts' })).toHaveLength(1);
    expect(await store.listFindings(tenant.id, undefined, { ruleId: 'x.regex' })).toHaveLength(1);
  });

  it('lets a resubmission and the completion of the same report run together', async () => {
    const t = await store.createTenant('deadlock');
    for (let i = 0; i < 20; i++) {
      const d = sha(`deadlock-${i}`);
      const input = { tenantId: t.id, service: 'svc', digest: d, blobKey: profileBlobKey(t.id, d), bytes: 1 };
      const { report } = await store.submitProfile(input);
      await store.markReportRunning(t.id, report.id);
      const [done, again] = await Promise.all([store.completeReport(t.id, report.id, { findings: [finding(), finding()] }), store.submitProfile(input)]);
      expect(done).toBe(true);
      expect(again).toMatchObject({ created: false, report: { id: report.id } });
    }
  });

  it('rolls back the report when a finding row cannot be written', async () => {
    const { tenant, report } = await tenantWithProfile('rollback');
    await store.markReportRunning(tenant.id, report.id);
    const tooMany = { findings: Array.from({ length: 10_001 }, () => finding()) };
    await expect(store.completeReport(tenant.id, report.id, tooMany)).rejects.toMatchObject({ code: 'invalid_argument' });
    expect((await store.getReportStatus(tenant.id, report.id))?.status).toBe('running');
  });

  it('keeps NUL characters from a profile out of PostgreSQL', async () => {
    const { tenant, report } = await tenantWithProfile('nul');
    const body = { findings: [finding({ title: 'a\0b', stack: [{ function: 'f\0g', file: 'x', line: 1 }] })], note: 'x\u0000y' };
    expect(await store.completeReport(tenant.id, report.id, body)).toBe(true);
    const [row] = await store.listFindings(tenant.id, 'orders');
    expect(row.function).toBe('f\uFFFDg');
  });

  it('records a failure with its reason', async () => {
    const { tenant, report } = await tenantWithProfile('fail-a');
    expect(await store.failReport(tenant.id, report.id, 'malformed_profile', 'malformed pprof profile: truncated')).toBe(true);
    expect(await store.getReport(tenant.id, report.id)).toMatchObject({ status: 'failed', errorCode: 'malformed_profile', errorMessage: 'malformed pprof profile: truncated' });
  });
});

describe('tenant scoping', () => {
  it("reads another tenant's rows as absent and refuses writes to them", async () => {
    const a = await tenantWithProfile('iso-a', 'shared-name', 'same-bytes');
    const b = await tenantWithProfile('iso-b', 'shared-name', 'same-bytes');
    expect(b.created).toBe(true); // the same bytes from another tenant are that tenant's own profile
    await store.completeReport(a.tenant.id, a.report.id, { findings: [finding()] });
    expect(await store.getReport(b.tenant.id, a.report.id)).toBeUndefined();
    expect(await store.getProfile(b.tenant.id, a.profile.id)).toBeUndefined();
    expect(await store.markReportRunning(b.tenant.id, a.report.id)).toBeUndefined();
    expect(await store.completeReport(b.tenant.id, a.report.id, { findings: [] })).toBe(false);
    expect(await store.failReport(b.tenant.id, b.report.id, 'x', 'y')).toBe(true);
    expect((await store.getReport(a.tenant.id, a.report.id))?.status).toBe('done');
    expect(await store.listFindings(b.tenant.id, 'shared-name')).toHaveLength(0);
    expect(await store.listFindings(a.tenant.id, 'shared-name')).toHaveLength(1);
    expect((await store.listProfiles(b.tenant.id, 'shared-name')).map((p) => p.id)).toEqual([b.profile.id]);
    expect((await store.listReports(a.tenant.id, 'shared-name')).map((r) => r.id)).toEqual([a.report.id]);
    expect(await store.getReport(a.tenant.id, 'not-a-uuid')).toBeUndefined();
  });
});

describe('listings', () => {
  it('filters by time and status, newest first, and bounds the limit', async () => {
    const t = await store.createTenant('list-a');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const d = sha(`list-${i}`);
      const r = await store.submitProfile({ tenantId: t.id, service: 'api', digest: d, blobKey: profileBlobKey(t.id, d), bytes: i });
      ids.push(r.report.id);
      await store.pool.query(`UPDATE profiles SET received_at = $2 WHERE id = $1`, [r.profile.id, new Date(Date.UTC(2026, 0, 1 + i))]);
      await store.pool.query(`UPDATE reports SET created_at = $2 WHERE id = $1`, [r.report.id, new Date(Date.UTC(2026, 0, 1 + i))]);
    }
    await store.failReport(t.id, ids[1], 'malformed_profile', 'bad');
    const range = { from: new Date(Date.UTC(2026, 0, 2)), to: new Date(Date.UTC(2026, 0, 3)) };
    expect((await store.listProfiles(t.id, 'api', range)).map((p) => p.bytes)).toEqual([1]);
    expect((await store.listReports(t.id, 'api')).map((r) => r.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect((await store.listReports(t.id, 'api', { status: 'failed' })).map((r) => r.id)).toEqual([ids[1]]);
    expect(await store.listReports(t.id, 'api', { limit: 1 })).toHaveLength(1);
    await expect(store.listReports(t.id, 'api', { limit: 5000 })).rejects.toMatchObject({ code: 'invalid_argument' });
    await expect(store.listProfiles(t.id, 'api', { from: new Date('nope') })).rejects.toMatchObject({ code: 'invalid_argument' });
    expect((await store.listServices(t.id)).map((s) => s.name)).toEqual(['api']);
  });
});

describe('input bounds', () => {
  it('names the field that is wrong', async () => {
    const t = await store.createTenant('bounds');
    const ok = { tenantId: t.id, service: 'svc', digest: sha('b'), blobKey: 'k', bytes: 1 };
    await expect(store.submitProfile({ ...ok, digest: 'abc' })).rejects.toThrow(/digest/);
    await expect(store.submitProfile({ ...ok, service: 'a'.repeat(200) })).rejects.toThrow(/service/);
    await expect(store.submitProfile({ ...ok, commit: 'zz' })).rejects.toThrow(/commit/);
    await expect(store.submitProfile({ ...ok, labels: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 'v'])) })).rejects.toThrow(/labels/);
  });
});

describe('operations across tenants', () => {
  it('lists unfinished reports oldest first and summarises recent ones', async () => {
    const since = new Date(Date.now() - 1000);
    const old = await tenantWithProfile('ops-a', 'svc', 'ops-old');
    const fresh = await tenantWithProfile('ops-b', 'svc', 'ops-fresh');
    const done = await tenantWithProfile('ops-c', 'svc', 'ops-done');
    await store.pool.query(`UPDATE reports SET created_at = now() - interval '1 minute' WHERE id = ANY($1)`, [[old.report.id, done.report.id]]);
    await store.completeReport(done.tenant.id, done.report.id, { findings: [] });
    const unfinished = await store.listUnfinishedReports({ olderThanMs: 30_000, limit: 1000 });
    const ids = unfinished.map((u) => u.reportId);
    expect(ids).toContain(old.report.id);
    expect(ids).not.toContain(fresh.report.id);
    expect(ids).not.toContain(done.report.id);
    expect(unfinished.find((u) => u.reportId === old.report.id)).toMatchObject({ tenantId: old.tenant.id, service: 'svc', digest: old.digest, profileId: old.profile.id });
    await store.failReport(fresh.tenant.id, fresh.report.id, 'malformed_profile', 'bad');
    const stats = await store.reportStats(since);
    expect(stats.status.failed).toBeGreaterThanOrEqual(1);
    expect(stats.failures.malformed_profile).toBeGreaterThanOrEqual(1);
    const recentDone = await store.reportStats(new Date(Date.now() - 120_000));
    expect(recentDone.durationSeconds.count).toBeGreaterThanOrEqual(1);
    // One done report took a minute, the others of this file milliseconds: the tail shows it, the median does not.
    expect(recentDone.durationSeconds.p99).toBeGreaterThan(30);
    expect(recentDone.durationSeconds.p50).toBeLessThan(30);
  });

  it('pages through unfinished reports, so rows behind a full page are reached', async () => {
    const mine = await Promise.all(['page-a', 'page-b', 'page-c', 'page-d', 'page-e'].map((n) => tenantWithProfile(n, 'svc', n)));
    const ids = mine.map((m) => m.report.id);
    // Two share a creation time: the id orders them.
    await store.pool.query(`UPDATE reports SET created_at = now() - interval '2 hours' WHERE id = ANY($1)`, [ids.slice(0, 2)]);
    await store.pool.query(`UPDATE reports SET created_at = now() - interval '1 hour' WHERE id = ANY($1)`, [ids.slice(2)]);
    const seen: string[] = [];
    let after: { createdAt: Date; reportId: string } | undefined;
    for (let page = 0; page < 1000; page++) {
      const rows = await store.listUnfinishedReports({ olderThanMs: 30_000, limit: 2, after });
      for (const r of rows) seen.push(r.reportId);
      if (rows.length < 2) break;
      after = { createdAt: rows[1].createdAt, reportId: rows[1].reportId };
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
    const firstTwo = seen.filter((id) => ids.slice(0, 2).includes(id));
    expect(firstTwo).toEqual([...ids.slice(0, 2)].sort());
    expect(seen.indexOf(firstTwo[1])).toBeLessThan(seen.indexOf(ids[2]));
    await expect(store.listUnfinishedReports({ olderThanMs: 0, limit: 2, after: { createdAt: new Date(), reportId: 'x' } })).rejects.toThrow(/after.reportId/);
  });
});
