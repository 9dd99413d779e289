// The API end to end, as started by `npm run start:api`, with a worker
// process from apps/worker: real profiles posted raw, gzip-encoded,
// multipart and through the Pyroscope ingest endpoint, read back in every
// view and through the listings.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, call, createApiHarness, example, waitForReport } from './test-support';

let h: ApiHarness;
let base: string;
let token: string;

beforeAll(async () => {
  h = await createApiHarness();
  base = (await h.startApi()).url;
  await h.startWorker({ WORKER_CONCURRENCY: '2' });
  token = (await h.tenant('acme')).token;
}, 60_000);

afterAll(async () => {
  await h?.cleanup();
});

async function submit(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  const a = await call(`${base}${path}`, { method: 'POST', body, headers, token });
  return a;
}

describe('submitting real profiles', () => {
  it('analyses a raw V8 .cpuprofile and serves the JSON report without the flame graph', async () => {
    const a = await submit('/v1/profiles?service=orders', readFileSync(example('orders-api/profiles/cpu.cpuprofile')));
    expect(a.status).toBe(202);
    expect(a.json).toMatchObject({ report: `/v1/reports/${a.json.id}`, status: 'queued', created: true });
    const r = await waitForReport(base, a.json.id, token);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(r.json.schemaVersion).toBe(1);
    expect(r.json.profile.format).toBe('cpuprofile');
    expect(r.json.flameGraph).toBeUndefined();
    // The example is built to contain synchronous key derivation on the request path.
    expect(r.json.findings.map((f: { category: string }) => f.category)).toContain('sync-crypto-on-request-path');
  });

  it('reads a gzipped pprof body as it comes from @datadog/pprof', async () => {
    const a = await submit('/v1/profiles?service=invoices&commit=0123abcd&repo=acme/invoices&pr=7', readFileSync(example('invoice-batch/profiles/wall.pb.gz')));
    expect(a.status).toBe(202);
    const r = await waitForReport(base, a.json.id, token);
    expect(r.status).toBe(200);
    expect(r.json.profile.format).toBe('pprof');
    const profiles = await call(`${base}/v1/services/invoices/profiles`, { token });
    expect(profiles.json.items[0]).toMatchObject({ commit: '0123abcd', repo: 'acme/invoices', pr: 7 });
  });

  it('inflates Content-Encoding: gzip, and the same profile sent raw is the same report', async () => {
    const bytes = readFileSync(example('invoice-batch/profiles/cpu.cpuprofile'));
    const gz = await submit('/v1/profiles?service=batch', gzipSync(bytes), { 'Content-Encoding': 'gzip' });
    expect(gz.status).toBe(202);
    expect(gz.json.created).toBe(true);
    const raw = await submit('/v1/profiles?service=batch', bytes);
    expect(raw.status).toBe(202);
    expect(raw.json).toMatchObject({ id: gz.json.id, created: false });
    expect((await waitForReport(base, gz.json.id, token)).status).toBe(200);
    // Submitted again once done: still the same report, not a new analysis.
    const again = await submit('/v1/profiles?service=batch', bytes);
    expect(again.json).toMatchObject({ id: gz.json.id, created: false, status: 'done' });
    const reports = await call(`${base}/v1/services/batch/reports`, { token });
    expect(reports.json.items).toHaveLength(1);
    expect(reports.json.items[0].attempts, h.logsAbout(gz.json.id)).toBe(1);
  });

  it('reads a gzipped pprof sent with Content-Encoding: gzip on top (two gzip layers) as the same profile', async () => {
    const pb = readFileSync(example('clean-compute/profiles/wall.pb.gz'));
    const twice = await submit('/v1/profiles?service=layers', gzipSync(pb), { 'Content-Encoding': 'gzip' });
    expect(twice.status).toBe(202);
    expect((await waitForReport(base, twice.json.id, token)).status).toBe(200);
    const once = await submit('/v1/profiles?service=layers', pb);
    expect(once.json).toMatchObject({ id: twice.json.id, created: false });
  });

  it('takes the "profile" part of a multipart body', async () => {
    const form = new FormData();
    form.append('sample_type_config', '{}');
    form.append('profile', new Blob([readFileSync(example('clean-compute/profiles/wall.pb.gz'))]), 'wall.pb.gz');
    const a = await submit('/v1/profiles?service=compute', form);
    expect(a.status).toBe(202);
    const r = await waitForReport(base, a.json.id, token);
    expect(r.status).toBe(200);
    expect(r.json.profile.format).toBe('pprof');
  });

  it('takes a format the client names', async () => {
    const a = await submit('/v1/profiles?service=named&format=collapsed', 'main;work;spin 70\nmain;idle 30\n');
    expect(a.status).toBe(202);
    const r = await waitForReport(base, a.json.id, token);
    expect(r.status).toBe(200);
    expect(r.json.profile.format).toBe('collapsed');
    const profiles = await call(`${base}/v1/services/named/profiles`, { token });
    expect(profiles.json.items[0].format).toBe('collapsed');
  });

  it('reads a Java Flight Recording', async () => {
    const a = await submit('/v1/profiles?service=java', readFileSync(example('java/profiles/rec.jfr.gz')));
    expect(a.status).toBe(202);
    const r = await waitForReport(base, a.json.id, token, 60_000);
    expect(r.status).toBe(200);
    expect(r.json.profile.format).toBe('jfr');
  });

  const corpus = '/work/shared/corpus/collapsed/perf-vertx-stacks-01-collapsed-all.txt';
  it.skipIf(!existsSync(corpus))('reads collapsed stacks recorded by another tool (corpus)', async () => {
    const a = await submit('/v1/profiles?service=vertx', readFileSync(corpus));
    expect(a.status).toBe(202);
    const r = await waitForReport(base, a.json.id, token);
    expect(r.status).toBe(200);
    expect(r.json.profile.format).toBe('collapsed');
  });

  it('fails a profile that looks right but is broken with 422 and the importer’s reason', async () => {
    const text = readFileSync(example('orders-api/profiles/cpu.cpuprofile'), 'utf8');
    const a = await submit('/v1/profiles?service=orders', text.slice(0, Math.floor(text.length / 2)));
    expect(a.status).toBe(202);
    const r = await waitForReport(base, a.json.id, token);
    expect(r.status).toBe(422);
    expect(r.json.error.code).toBe('malformed_profile');
    expect(r.json.error.message).toMatch(/cpuprofile/);
  });
});

describe('Pyroscope ingest', () => {
  it('accepts the Node agent’s request: gzipped pprof, app name with tags, Basic auth with the token as password', async () => {
    const basic = Buffer.from(`acme:${token}`).toString('base64');
    const res = await fetch(`${base}/ingest?name=${encodeURIComponent('checkout{env=prod,region=eu}')}&from=1700000000&until=1700000010&format=pprof&spyName=nodespy&sampleRate=17`, {
      method: 'POST',
      headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/octet-stream', 'X-Scope-OrgID': 'someone-else' },
      body: readFileSync(example('orders-api/profiles/wall.pb.gz')),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect((await waitForReport(base, body.id, token)).status).toBe(200);
    const profiles = await call(`${base}/v1/services/checkout/profiles`, { token });
    expect(profiles.json.items[0].labels).toMatchObject({ env: 'prod', region: 'eu', 'pyroscope.spyName': 'nodespy', 'pyroscope.from': '2023-11-14T22:13:20.000Z' });
  });

  it('accepts the Go and Java agents’ multipart body (profile, prev_profile, sample_type_config)', async () => {
    const form = new FormData();
    form.append('profile', new Blob([readFileSync(example('clean-compute/profiles/wall.pb.gz'))]), 'profile.pprof');
    form.append('prev_profile', new Blob([Buffer.from('ignored delta base')]), 'profile.pprof');
    form.append('sample_type_config', new Blob([JSON.stringify({ wall: { units: 'nanoseconds' } })]), 'sample_type_config.json');
    const a = await call(`${base}/ingest?name=${encodeURIComponent('billing{env=dev}')}&format=pprof&spyName=gospy`, { method: 'POST', body: form, token });
    expect(a.status).toBe(200);
    const r = await waitForReport(base, a.json.id, token);
    expect(r.status).toBe(200);
    expect(r.json.profile.format).toBe('pprof');
  });

  it('refuses Pyroscope formats it does not read', async () => {
    const a = await submit('/ingest?name=checkout&format=trie', 'x');
    expect(a.status).toBe(415);
    expect(a.json.error.code).toBe('unsupported_format');
  });
});

describe('reading reports', () => {
  let id: string;
  beforeAll(async () => {
    const a = await submit('/v1/profiles?service=views', readFileSync(example('orders-api/profiles/wall.pb.gz')));
    id = a.json.id;
    expect((await waitForReport(base, id, token)).status).toBe(200);
  });

  it('renders every view of the stored report', async () => {
    const md = await call(`${base}/v1/reports/${id}?format=markdown`, { token });
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(md.text).toMatch(/^#/m);
    const sarif = await call(`${base}/v1/reports/${id}?format=sarif`, { token });
    expect(JSON.parse(sarif.text)).toMatchObject({ version: '2.1.0' });
    const html = await call(`${base}/v1/reports/${id}?format=html`, { token });
    expect(html.text).toMatch(/^<!DOCTYPE html>/);
    const text = await call(`${base}/v1/reports/${id}?format=text`, { token });
    expect(text.text).not.toMatch(/\x1b\[/);
    const bad = await call(`${base}/v1/reports/${id}?format=pdf`, { token });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('bad_request');
  });

  it('lists findings per service, filtered by time and category', async () => {
    const all = await call(`${base}/v1/services/views/findings`, { token });
    expect(all.status).toBe(200);
    expect(all.json.items.length).toBeGreaterThan(0);
    expect(all.json.items.every((f: { reportId: string }) => f.reportId === id)).toBe(true);
    const category = all.json.items[0].category;
    const one = await call(`${base}/v1/services/views/findings?category=${category}`, { token });
    expect(one.json.items.length).toBeGreaterThan(0);
    expect(one.json.items.every((f: { category: string }) => f.category === category)).toBe(true);
    const future = new Date(Date.now() + 3600_000).toISOString();
    expect((await call(`${base}/v1/services/views/findings?from=${future}`, { token })).json.items).toEqual([]);
    expect((await call(`${base}/v1/services/views/reports?to=${future}&limit=1`, { token })).json.items).toHaveLength(1);
    expect((await call(`${base}/v1/services/views/reports?status=failed`, { token })).json.items).toEqual([]);
    const services = await call(`${base}/v1/services`, { token });
    expect(services.json.items.map((s: { name: string }) => s.name)).toContain('views');
  });
});

describe('operations', () => {
  it('answers /health with both dependencies', async () => {
    const a = await call(`${base}/health`);
    expect(a.status).toBe(200);
    expect(a.json).toEqual({ status: 'ok', checks: { redis: 'ok', postgres: 'ok' } });
  });

  it('exposes request counts and queue depth on /metrics', async () => {
    const a = await call(`${base}/metrics`);
    expect(a.status).toBe(200);
    expect(a.text).toMatch(/hotpath_http_requests_total\{method="POST",route="\/v1\/profiles",status="202"\} \d+/);
    expect(a.text).toMatch(/hotpath_queue_jobs\{state="waiting"\} \d+/);
    // Outcomes come from the store, so they count what every worker did.
    expect(Number(/^hotpath_reports\{status="done"\} (\d+)/m.exec(a.text)?.[1])).toBeGreaterThanOrEqual(5);
    expect(Number(/^hotpath_report_failures\{reason="malformed_profile"\} (\d+)/m.exec(a.text)?.[1])).toBeGreaterThanOrEqual(1);
    expect(a.text).toMatch(/^hotpath_report_latency_seconds\{quantile="0.99"\} [\d.e-]+$/m);
  });

  it('echoes a request id, or makes one', async () => {
    const given = await call(`${base}/health`, { headers: { 'X-Request-Id': 'ci-run-42' } });
    expect(given.headers.get('x-request-id')).toBe('ci-run-42');
    const made = await call(`${base}/health`, { headers: { 'X-Request-Id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document and its UI', async () => {
    const doc = await call(`${base}/openapi.json`);
    expect(Object.keys(doc.json.paths)).toEqual(
      expect.arrayContaining(['/v1/profiles', '/v1/reports/{id}', '/ingest', '/v1/services/{service}/profiles', '/v1/services/{service}/reports', '/v1/services/{service}/findings', '/health']),
    );
    const ui = await call(`${base}/docs`);
    expect(ui.status).toBe(200);
    expect(ui.text).toMatch(/swagger/i);
  });

  it('answers an unknown endpoint in the error shape', async () => {
    const a = await call(`${base}/v2/nothing`);
    expect(a.status).toBe(404);
    expect(a.json.error.code).toBe('not_found');
  });
});
