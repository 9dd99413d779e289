// Worker processes as they run in production (the built dist/main.js),
// killed and stopped while a job is running.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHarness, type Harness } from './test-support';

const MAIN = join(__dirname, '..', 'dist', 'main.js');
const GENERATOR = join(__dirname, '..', '..', '..', 'bench', 'generate-pprof.mjs');

let h: Harness;
let tenant: string;
let slow: Buffer;

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build with npx tsc -b first`);
  h = await createHarness();
  tenant = (await h.store.createTenant('proc')).id;
  // A generated fleet profile large enough that its analysis takes seconds: time to kill a worker mid-job.
  // The generator is deterministic, so its output is kept in the temporary directory between runs.
  const cached = join(tmpdir(), 'hotpath-test-slow-300k.pb');
  if (existsSync(cached)) slow = readFileSync(cached);
  else {
    const { generate } = await import(pathToFileURL(GENERATOR).href);
    slow = generate({ samples: 300_000, stacks: 30_000 });
    writeFileSync(`${cached}.${process.pid}`, slow);
    renameSync(`${cached}.${process.pid}`, cached);
  }
}, 120_000);

afterAll(async () => {
  await h?.cleanup();
});

interface Proc {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

function worker(env: Record<string, string> = {}): Proc {
  const child = spawn(process.execPath, [MAIN], { env: h.env({ WORKER_LOCK_DURATION_MS: '2000', WORKER_STALLED_INTERVAL_MS: '1000', ...env }), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
  return { child, output: () => out, exited };
}

async function until(what: string, fn: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const logLines = (p: Proc) => p.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));

it('hands the job of a worker killed with SIGKILL mid-job to another worker, which completes it', async () => {
  const first = worker();
  const second = { current: undefined as Proc | undefined };
  try {
    await until('the first worker to be ready', () => first.output().includes('worker ready'));
    const { report, jobId } = await h.submit(tenant, 'slow', slow);
    await h.waitFor(tenant, report.id, ['running', 'done', 'failed']);
    first.child.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal).toBe('SIGKILL');
    // It died before finishing: the report is still running, claimed once.
    expect(await h.store.getReportStatus(tenant, report.id)).toMatchObject({ status: 'running', attempts: 1 });

    second.current = worker();
    const done = await h.waitFor(tenant, report.id, ['done', 'failed'], 45_000);
    expect(done, done.errorMessage).toMatchObject({ status: 'done', attempts: 2 });
    expect((done.report as { profile: { samples: number } }).profile.samples).toBeGreaterThan(0);
    // The report row is written inside the job; the 'job completed' line follows once BullMQ has moved the job.
    const completedLine = () => logLines(second.current!).find((l) => l.msg === 'job completed' && l.jobId === jobId);
    await until('the second worker to log the completion', () => completedLine() !== undefined, 10_000).catch(() => undefined);
    const completed = completedLine();
    expect(completed?.pid).toBe(second.current.child.pid);
    expect(logLines(second.current).some((l) => l.msg?.startsWith('job stalled'))).toBe(true);
  } finally {
    first.child.kill('SIGKILL');
    second.current?.child.kill('SIGKILL');
  }
}, 90_000);

it('fails a job as worker_lost once its workers died more often than allowed', async () => {
  const first = worker();
  let second: Proc | undefined;
  try {
    await until('the first worker to be ready', () => first.output().includes('worker ready'));
    const { report } = await h.submit(tenant, 'slow-lost', slow, 'cpu');
    await h.waitFor(tenant, report.id, ['running', 'done', 'failed']);
    first.child.kill('SIGKILL');
    await first.exited;
    // Allowing no stall at all: the first death is one too many.
    second = worker({ WORKER_MAX_STALLED_COUNT: '0' });
    const failed = await h.waitFor(tenant, report.id, ['done', 'failed'], 45_000);
    expect(failed).toMatchObject({ status: 'failed', errorCode: 'worker_lost', attempts: 1 });
    expect(failed.errorMessage).toMatch(/stalled/);
  } finally {
    first.child.kill('SIGKILL');
    second?.child.kill('SIGKILL');
  }
}, 90_000);

it('finishes the running job before exiting on SIGTERM', async () => {
  const w = worker();
  try {
    await until('the worker to be ready', () => w.output().includes('worker ready'));
    const bytes = Buffer.concat([slow, Buffer.from([])]);
    // Another sample type of the same bytes: a new report and job.
    const { report } = await h.submit(tenant, 'slow-term', bytes, 'samples');
    await h.waitFor(tenant, report.id, ['running', 'done', 'failed']);
    const signalled = Date.now();
    w.child.kill('SIGTERM');
    const exit = await w.exited;
    expect(exit.code).toBe(0);
    const row = await h.store.getReportStatus(tenant, report.id);
    expect(row).toMatchObject({ status: 'done', attempts: 1 });
    // The job ended after the signal and before the process: the worker waited for it.
    expect(row!.finishedAt!.getTime()).toBeGreaterThanOrEqual(signalled - 50);
    expect(row!.finishedAt!.getTime()).toBeLessThanOrEqual(exit.at);
    expect(w.output()).toContain('stopping: finishing running jobs');
  } finally {
    w.child.kill('SIGKILL');
  }
}, 90_000);

it('refuses to start with a bad setting, naming it', async () => {
  const w = worker({ WORKER_CONCURRENCY: 'lots' });
  const exit = await w.exited;
  expect(exit.code).toBe(2);
  expect(w.output()).toContain('WORKER_CONCURRENCY must be an integer');
});

it('serves its health and metrics, counting the jobs it ran', async () => {
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
  const w = worker({ WORKER_METRICS_PORT: String(port) });
  try {
    await until('the worker to be ready', () => w.output().includes('worker ready'));
    const { report } = await h.submit(tenant, 'metrics', Buffer.from('main;work;JSON.parse 40\nmain;idle 2\n'));
    await h.waitFor(tenant, report.id, ['done']);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    await until('the completion to be counted', async () => /hotpath_worker_jobs_total\{name="analyze",outcome="done"\} 1/.test(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()));
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/hotpath_worker_job_duration_seconds_count\{name="analyze"\} 1/);
  } finally {
    w.child.kill('SIGTERM');
    await w.exited;
  }
});
