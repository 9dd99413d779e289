// Shared set-up of the API tests: a scratch database, a blob directory and a
// queue prefix of their own, the API (and workers) as child processes running
// the built dist/ files exactly as `npm run start:api` does, and an HTTP
// client that speaks to them. Not imported by the API itself.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import IORedis from 'ioredis';
import { createScratchDatabase, createStore, type ScratchDatabase, type Store } from '@hotpath/store';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const ROOT = resolve(__dirname, '../../..');
export const example = (path: string) => join(ROOT, 'examples', path);

export interface Child {
  process: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or signal) once the process is gone. */
  exited: Promise<number | string | null>;
}

export function spawnNode(script: string, env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, [join(ROOT, script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (b: Buffer) => {
    out += b.toString();
    if (out.length > 2_000_000) out = out.slice(-1_000_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | string | null>((r) => child.once('exit', (code, signal) => r(code ?? signal)));
  return { process: child, output: () => out, exited };
}

/** Waits until `test` passes on the child's output, failing with that output if it exits or time runs out. */
export async function waitForOutput(child: Child, test: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const m = child.output().match(test);
    if (m) return m;
    if (child.process.exitCode !== null || Date.now() > end) throw new Error(`waiting for ${test} failed; output:\n${child.output().slice(-4000)}`);
    await sleep(50);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ApiHarness {
  db: ScratchDatabase;
  store: Store;
  blobDir: string;
  prefix: string;
  env(overrides?: Record<string, string>): NodeJS.ProcessEnv;
  /** Starts `apps/api/dist/main.js` on a free port; returns its base URL. */
  startApi(overrides?: Record<string, string>): Promise<{ url: string; child: Child }>;
  startWorker(overrides?: Record<string, string>): Promise<Child>;
  /** A new tenant and a bearer token for it. */
  tenant(name?: string): Promise<{ id: string; name: string; token: string }>;
  /** Log lines of every child so far that mention `text`: evidence for an assertion's message. */
  logsAbout(text: string): string;
  cleanup(): Promise<void>;
}

export async function createApiHarness(redisUrl = REDIS_URL): Promise<ApiHarness> {
  const db = await createScratchDatabase();
  const store = createStore({ connectionString: db.url, maxConnections: 2 });
  await store.migrate();
  const blobDir = mkdtempSync(join(tmpdir(), 'hotpath-api-blobs-'));
  const prefix = `hpapi-${randomBytes(4).toString('hex')}`;
  const children: Child[] = [];
  const env = (overrides: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    ...process.env,
    REDIS_URL: redisUrl,
    DATABASE_URL: db.url,
    BLOB_DIR: blobDir,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    ...overrides,
  });
  return {
    db,
    store,
    blobDir,
    prefix,
    env,
    async startApi(overrides = {}) {
      const child = spawnNode('apps/api/dist/main.js', env({ PORT: '0', LOG_LEVEL: 'info', ...overrides }));
      children.push(child);
      const [, url] = await waitForOutput(child, /"url":"(http:\/\/[^"]+)","msg":"hotpath API listening"/);
      return { url, child };
    },
    async startWorker(overrides = {}) {
      const child = spawnNode('apps/worker/dist/main.js', env({ LOG_LEVEL: 'info', ...overrides }));
      children.push(child);
      await waitForOutput(child, /worker ready/);
      return child;
    },
    async tenant(name = `t-${randomBytes(4).toString('hex')}`) {
      const t = await store.createTenant(name);
      return { id: t.id, name: t.name, token: await store.createToken(t.id) };
    },
    logsAbout(text) {
      return children.flatMap((c) => c.output().split('\n').filter((l) => l.includes(text))).join('\n');
    },
    async cleanup() {
      for (const c of children) if (c.process.exitCode === null && c.process.signalCode === null) c.process.kill('SIGKILL');
      await Promise.all(children.map((c) => c.exited));
      await store.close();
      await db.drop();
      rmSync(blobDir, { recursive: true, force: true });
      await deleteKeys(redisUrl, `${prefix}:*`).catch(() => undefined);
    },
  };
}

export async function deleteKeys(redisUrl: string, pattern: string): Promise<void> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** One HTTP request; the body is read whole, JSON parsed when it is JSON. */
export async function call(url: string, init: RequestInit & { token?: string } = {}): Promise<Answer> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  const res = await fetch(url, { ...init, headers });
  const text = await res.text();
  let json: unknown;
  if ((res.headers.get('content-type') ?? '').includes('json')) json = JSON.parse(text);
  return { status: res.status, headers: res.headers, text, json };
}

/** Polls a report until it is no longer queued or running. */
export async function waitForReport(base: string, id: string, token: string, timeoutMs = 30_000): Promise<Answer> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const a = await call(`${base}/v1/reports/${id}`, { token });
    if (a.status !== 202 && a.status !== 429) return a;
    if (Date.now() > end) throw new Error(`report ${id} still ${a.json?.status} after ${timeoutMs} ms`);
    await sleep(100);
  }
}
