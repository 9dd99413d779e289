// Redis restarted under load. A private redis-server (never the machine's
// shared one) with nothing kept on disk is killed while profiles are being
// submitted, then started again on the same port. During the outage the API
// answers 503 unavailable with Retry-After; afterwards 202 again; and every
// profile it accepted gets its report, although the jobs queued before the
// crash died with Redis (the requeue sweep puts them back from PostgreSQL).
// The worker starts only after the restart, so every job accepted before the
// crash is certainly lost from Redis: only the sweep can bring it back.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ApiHarness, call, createApiHarness, example, sleep, waitForReport } from './test-support';

let port: number;
let redis: ChildProcess | undefined;
let h: ApiHarness;
let base: string;
let token: string;
let tenantId: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
    s.on('error', reject);
  });
}

async function startRedis(): Promise<void> {
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  redis.stdout!.on('data', (b: Buffer) => (out += b));
  const end = Date.now() + 10_000;
  while (!/Ready to accept connections/.test(out)) {
    if (Date.now() > end || redis.exitCode !== null) throw new Error(`redis-server did not start:\n${out}`);
    await sleep(20);
  }
}

async function killRedis(): Promise<void> {
  const r = redis!;
  const gone = new Promise((resolve) => r.once('exit', resolve));
  r.kill('SIGKILL');
  await gone;
}

beforeAll(async () => {
  port = await freePort();
  await startRedis();
  h = await createApiHarness(`redis://127.0.0.1:${port}`);
  base = (await h.startApi({ REQUEUE_INTERVAL_MS: '500', RATE_LIMIT_WRITES: '100000' })).url;
  ({ token, id: tenantId } = await h.tenant());
}, 60_000);

afterAll(async () => {
  await h?.cleanup();
  if (redis && redis.exitCode === null) await killRedis();
});

it('answers 503 while Redis is down, 202 after, and loses none of the accepted profiles', async () => {
  const template = readFileSync(example('clean-compute/profiles/cpu.cpuprofile'), 'utf8');
  let n = 0;
  // Each submission distinct bytes (another start time), so none is deduplicated away.
  const nextProfile = () => template.replace(/"startTime":(\d+)/, (_, t) => `"startTime":${Number(t) + ++n}`);
  const accepted: string[] = [];
  const log: { phase: string; status: number; code?: string; retryAfter?: string | null }[] = [];
  let phase = 'before';
  let stop = false;

  const load = (async () => {
    while (!stop) {
      const started = phase;
      const a = await call(`${base}/v1/profiles?service=load`, { method: 'POST', body: nextProfile(), token });
      // A request that straddles a phase change belongs to neither.
      log.push({ phase: started === phase ? phase : 'between', status: a.status, code: a.json?.error?.code, retryAfter: a.headers.get('retry-after') });
      if (a.status === 202) accepted.push(a.json.id);
      await sleep(100);
    }
  })();

  // Phases end on what was observed, not on a clock, so a slow machine does not change the test.
  const seen = (p: string, status: number) => log.filter((l) => l.phase === p && l.status === status).length;
  const until = async (test: () => boolean, ms: number) => {
    const end = Date.now() + ms;
    while (!test() && Date.now() < end) await sleep(50);
  };
  await until(() => seen('before', 202) >= 5, 20_000);
  await killRedis();
  phase = 'outage';
  await until(() => seen('outage', 503) >= 5, 20_000);
  const health = await call(`${base}/health`);
  await startRedis();
  phase = 'after';
  // Until the API's connection is back a few more 503s are expected; then 202s.
  await until(() => seen('after', 202) >= 5, 20_000);
  stop = true;
  await load;
  await h.startWorker({ WORKER_CONCURRENCY: '2' });

  const during = log.filter((l) => l.phase === 'outage');
  expect(seen('before', 202)).toBeGreaterThanOrEqual(5);
  expect(during.length).toBeGreaterThanOrEqual(5);
  expect(during.every((l) => l.status === 503 && l.code === 'unavailable' && l.retryAfter)).toBe(true);
  expect(seen('after', 202)).toBeGreaterThanOrEqual(5);
  expect(log.every((l) => l.status === 202 || l.status === 503)).toBe(true);
  expect(health.status).toBe(503);
  expect(health.json.checks).toMatchObject({ postgres: 'ok' });
  expect(health.json.checks.redis).toMatch(/^down/);

  // Nothing lost: every accepted profile gets its report, and no report row is left behind.
  for (const id of accepted) {
    const r = await waitForReport(base, id, token, 45_000);
    expect(r.status, `report ${id}`).toBe(200);
  }
  // A submission that had stored its rows when Redis went away was answered 503, yet its report
  // row exists: the sweep queues it again, so it too is analysed rather than left queued.
  const unfinished = async () => {
    const rows = [];
    for (const status of ['queued', 'running', 'failed'] as const) rows.push(...(await h.store.listReports(tenantId, 'load', { status, limit: 1000 })));
    return rows;
  };
  const deadline = Date.now() + 45_000;
  while ((await unfinished()).length > 0 && Date.now() < deadline) await sleep(250);
  expect(await unfinished()).toEqual([]);
  const done = await h.store.listReports(tenantId, 'load', { status: 'done', limit: 1000 });
  expect(done.length).toBeGreaterThanOrEqual(accepted.length);
  const metrics = await call(`${base}/metrics`);
  const requeued = Number(/^hotpath_requeued_reports_total (\d+)/m.exec(metrics.text)?.[1]);
  expect(requeued).toBeGreaterThanOrEqual(log.filter((l) => l.phase === 'before' && l.status === 202).length);
}, 120_000);
