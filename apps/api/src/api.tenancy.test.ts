// Tenant isolation: tenant B's token on every endpoint, with tenant A's ids
// and service names, sees nothing of A's. Another tenant's id answers exactly
// what an unknown id answers.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, call, createApiHarness, example, waitForReport } from './test-support';

let h: ApiHarness;
let base: string;
let a: { id: string; token: string };
let b: { id: string; token: string };
const ids: Record<string, string> = {};
const profile = () => readFileSync(example('orders-api/profiles/cpu.cpuprofile'));

beforeAll(async () => {
  h = await createApiHarness();
  base = (await h.startApi()).url;
  await h.startWorker();
  a = await h.tenant('tenant-a');
  b = await h.tenant('tenant-b');
  const done = await call(`${base}/v1/profiles?service=orders`, { method: 'POST', body: profile(), token: a.token });
  ids.done = done.json.id;
  const text = profile().toString('utf8');
  const failed = await call(`${base}/v1/profiles?service=orders`, { method: 'POST', body: text.slice(0, 1000), token: a.token });
  ids.failed = failed.json.id;
  expect((await waitForReport(base, ids.done, a.token)).status).toBe(200);
  expect((await waitForReport(base, ids.failed, a.token)).status).toBe(422);
}, 60_000);

afterAll(async () => {
  await h?.cleanup();
});

describe("tenant B against tenant A's data", () => {
  const formats = ['', '?format=json', '?format=markdown', '?format=sarif', '?format=html', '?format=text'];

  it.each(formats)('GET /v1/reports/<A done>%s → 404, the same body as an unknown id', async (q) => {
    const theirs = await call(`${base}/v1/reports/${ids.done}${q}`, { token: b.token });
    const unknown = await call(`${base}/v1/reports/${randomUUID()}${q}`, { token: b.token });
    expect(theirs.status).toBe(404);
    expect(theirs.json.error.code).toBe('not_found');
    expect(unknown.status).toBe(404);
    expect(theirs.json.error.message.replace(ids.done, 'ID')).toBe(unknown.json.error.message.replace(/"[^"]+"/, `"ID"`));
    // A's own token reads it.
    expect((await call(`${base}/v1/reports/${ids.done}${q}`, { token: a.token })).status).toBe(200);
  });

  it("GET /v1/reports/<A failed> → 404, not A's failure reason", async () => {
    const theirs = await call(`${base}/v1/reports/${ids.failed}`, { token: b.token });
    expect(theirs.status).toBe(404);
    expect(theirs.text).not.toMatch(/cpuprofile/);
  });

  it.each(['profiles', 'reports', 'findings'])("GET /v1/services/orders/%s lists none of A's rows", async (what) => {
    const theirs = await call(`${base}/v1/services/orders/${what}`, { token: b.token });
    expect(theirs.status).toBe(200);
    expect(theirs.json.items).toEqual([]);
    const own = await call(`${base}/v1/services/orders/${what}`, { token: a.token });
    expect(own.json.items.length).toBeGreaterThan(0);
  });

  it("GET /v1/services does not list A's services", async () => {
    expect((await call(`${base}/v1/services`, { token: b.token })).json.items).toEqual([]);
  });

  it("the same bytes from B are B's own profile and report, analysed for B", async () => {
    const theirs = await call(`${base}/v1/profiles?service=orders`, { method: 'POST', body: profile(), token: b.token });
    expect(theirs.status).toBe(202);
    expect(theirs.json.created).toBe(true);
    expect(theirs.json.id).not.toBe(ids.done);
    expect((await waitForReport(base, theirs.json.id, b.token)).status).toBe(200);
    // And A still cannot see B's.
    expect((await call(`${base}/v1/reports/${theirs.json.id}`, { token: a.token })).status).toBe(404);
    const bRows = await call(`${base}/v1/services/orders/reports`, { token: b.token });
    expect(bRows.json.items.map((r: { id: string }) => r.id)).toEqual([theirs.json.id]);
  });

  it('POST /ingest with B’s token files under B, whatever X-Scope-OrgID says', async () => {
    const res = await call(`${base}/ingest?name=pyro`, {
      method: 'POST',
      body: readFileSync(example('orders-api/profiles/wall.pb.gz')),
      headers: { 'X-Scope-OrgID': a.id },
      token: b.token,
    });
    expect(res.status).toBe(200);
    expect((await call(`${base}/v1/services/pyro/profiles`, { token: a.token })).json.items).toEqual([]);
    expect((await call(`${base}/v1/services/pyro/profiles`, { token: b.token })).json.items).toHaveLength(1);
  });

  it('a revoked token is refused everywhere', async () => {
    const [token] = await h.store.listTokens(b.id);
    await h.store.revokeToken(b.id, token.id);
    for (const [method, path] of [
      ['GET', `/v1/reports/${ids.done}`],
      ['GET', '/v1/services'],
      ['GET', '/v1/services/orders/findings'],
      ['POST', '/v1/profiles?service=orders'],
      ['POST', '/ingest?name=pyro'],
    ]) {
      const r = await call(`${base}${path}`, { method, body: method === 'POST' ? profile() : undefined, token: b.token });
      expect(r.status, `${method} ${path}`).toBe(401);
      expect(r.json.error.code).toBe('unauthorized');
    }
  });
});
