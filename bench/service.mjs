// `npm run bench:service`: the service's throughput and submit-to-report
// latency against the CLI pipeline on the same profiles, in one run.
//
// Starts, on a scratch database and a queue prefix of its own: the API
// (apps/api/dist/main.js) and N worker processes (apps/worker/dist/main.js),
// submits the example profiles and a few generated ones over HTTP from
// loopback (each repeated under several service names, so that every
// submission is a new analysis, not a deduplicated one), waits for every
// report, and prints profiles/s and the latency from the API accepting a
// profile to its report being stored (p50/p99). Then it analyses the same
// profiles in this process as the CLI does (decode + analyzeProfiles) and
// prints that rate per core beside the service's.
//
// Both sides are measured warm, and equally so: V8 compiles per isolate, so
// every worker thread and every CLI process has to see the profiles a few
// times before its code is optimised. Each CLI process analyses the set
// BENCH_WARMUP times before it is measured; the service gets BENCH_WARMUP × N
// warm-up rounds, the same number of analyses per worker on average. (With one
// warm-up round shared by two workers, each worker's compiler was still
// running during the measured window: about 40 % more CPU per profile.)
//
// Environment: BENCH_WORKERS (N worker processes, default: the cores),
// BENCH_ROUNDS (times each profile is submitted, default 6), BENCH_WARMUP
// (warm-up passes per process, default 3), BENCH_WORKER_NODE_ARGS (node
// options for the workers, e.g. `--cpu-prof --cpu-prof-dir=DIR`: one profile
// per thread), BENCH_THREADS=1 (print each worker's CPU by thread: the JS
// thread against V8's compiler and GC helpers), REDIS_URL, TEST_DATABASE_URL
// (server to create the scratch database on).
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generate } from './generate-pprof.mjs';

const require = createRequire(import.meta.url);
const { createScratchDatabase, createStore } = require('@hotpath/store');
const { importProfile } = require('@hotpath/profile');
const { analyzeProfiles } = require('@hotpath/pipeline');
const IORedis = require('ioredis');

const CORES = availableParallelism();
const WORKERS = Number(process.env.BENCH_WORKERS ?? CORES);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
/**
 * Measured rounds per CLI process: the N processes together analyse what the N workers do, each as
 * many as one worker. V8's code keeps getting faster for dozens of analyses, so a CLI process that
 * analysed every round (N times a worker's share) was measured further along that curve.
 */
const CLI_ROUNDS = Math.max(1, Math.round(ROUNDS / WORKERS));
/** Flame-graph nodes the workers store per report (the HTML view's); the CLI is measured both with and without. */
const FLAME = Number(process.env.WORKER_FLAME_GRAPH_NODES ?? 2000);
/** Extra node options for the worker processes, e.g. `--cpu-prof --cpu-prof-dir=DIR` to see where their CPU goes. */
const WORKER_NODE_ARGS = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ROOT = new URL('..', import.meta.url).pathname;

const EXAMPLES = [
  'examples/orders-api/profiles/cpu.cpuprofile',
  'examples/orders-api/profiles/wall.pb.gz',
  'examples/invoice-batch/profiles/cpu.cpuprofile',
  'examples/invoice-batch/profiles/wall.pb.gz',
  'examples/clean-compute/profiles/cpu.cpuprofile',
  'examples/clean-compute/profiles/wall.pb.gz',
  'examples/java/profiles/rec.jfr.gz',
];

function profiles() {
  const list = EXAMPLES.map((f) => ({ name: f, bytes: readFileSync(join(ROOT, f)) }));
  // A few fleet-sized ones: the work a team's service profiles bring.
  for (const seed of [1, 2]) list.push({ name: `generated seed ${seed} (20k samples)`, bytes: generate({ samples: 20_000, stacks: 5_000, functions: 4_000, seed }) });
  return list;
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

function startChild(file, env, tag, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, file)], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out = (out + d).slice(-20_000)));
  child.stderr.on('data', (d) => (out = (out + d).slice(-20_000)));
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`${tag} exited (${code ?? signal}):\n${out}`);
  });
  return { child, output: () => out };
}

async function until(what, fn, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** CPU seconds (user + system, all threads) a process has used so far, from /proc. */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
const CLOCK_TICKS = 100; // USER_HZ: 100 on Linux

/** CPU seconds by thread id: the split between a worker's JS threads and V8's helpers (compiler, GC) is what showed the missing warm-up. */
function threadCpu(pid) {
  const out = {};
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out[tid] = (Number(f[11]) + Number(f[12])) / CLOCK_TICKS;
    }
  } catch {
    // the process exited: no breakdown
  }
  return out;
}
const threadDiff = (a, b) => Object.keys(b).map((t) => [t, b[t] - (a[t] ?? 0)]).filter(([, d]) => d >= 0.01).map(([t, d]) => `${t}: ${d.toFixed(2)}`).join(', ');

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

async function benchService(list) {
  const db = await createScratchDatabase();
  const store = createStore({ connectionString: db.url, maxConnections: 2 });
  await store.migrate();
  const blobDir = mkdtempSync(join(tmpdir(), 'hotpath-bench-blobs-'));
  const prefix = `hpbench-${randomBytes(4).toString('hex')}`;
  const tenant = await store.createTenant('bench');
  const token = await store.createToken(tenant.id, 'bench');
  const port = await freePort();
  const env = { REDIS_URL, DATABASE_URL: db.url, BLOB_DIR: blobDir, QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn', WORKER_FLAME_GRAPH_NODES: String(FLAME) };
  const children = [];
  try {
    // Generous limits: the benchmark measures analysis, not the rate limiter.
    const api = startChild('apps/api/dist/main.js', { ...env, PORT: String(port), RATE_LIMIT_WRITES: '1000000', RATE_LIMIT_READS: '1000000' }, 'api');
    children.push(api);
    const base = `http://127.0.0.1:${port}`;
    await until('the API', () => fetch(`${base}/health`).then((r) => r.ok, () => false));
    for (let i = 0; i < WORKERS; i++) {
      const w = startChild('apps/worker/dist/main.js', { ...env, WORKER_CONCURRENCY: '1', LOG_LEVEL: 'info' }, `worker ${i}`, WORKER_NODE_ARGS);
      children.push(w);
      await until(`worker ${i}`, () => w.output().includes('worker ready'));
    }

    // Warm-up: as many analyses per worker as each CLI process makes before it is measured.
    await submitAll(base, token, list, 'warm', WARMUP * WORKERS);
    await until('the warm-up reports', async () => {
      const { rows } = await store.pool.query(`SELECT count(*)::int AS n FROM reports WHERE status IN ('queued', 'running')`);
      return rows[0].n === 0;
    }, 300_000);
    const cpu = () => children.map((c) => cpuSeconds(c.child.pid));
    const cpu0 = cpu();
    const threads0 = children.map((c) => threadCpu(c.child.pid));
    const t0 = Date.now();
    const submitted = await submitAll(base, token, list, 'run', ROUNDS);
    const ids = submitted.map((s) => s.id);
    await until('every report', async () => {
      const { rows } = await store.pool.query(`SELECT count(*)::int AS n FROM reports WHERE id = ANY($1) AND status IN ('done', 'failed')`, [ids]);
      return rows[0].n === ids.length;
    }, 600_000);
    const { rows } = await store.pool.query(
      `SELECT id, status, error_code, extract(epoch FROM finished_at) * 1000 AS finished FROM reports WHERE id = ANY($1)`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const failed = rows.filter((r) => r.status !== 'done');
    if (failed.length) throw new Error(`${failed.length} reports failed: ${[...new Set(failed.map((r) => r.error_code))].join(', ')}`);
    // Latency from the client's send to the report being stored (same machine, same clock).
    const latencies = submitted.map((s) => Number(byId.get(s.id).finished) - s.sentAt).sort((a, b) => a - b);
    const end = Math.max(...rows.map((r) => Number(r.finished)));
    const used = cpu().map((c, i) => c - cpu0[i]);
    if (process.env.BENCH_THREADS) children.slice(1).forEach((c, i) => console.log(`worker ${i} CPU seconds by thread id: ${threadDiff(threads0[i + 1], threadCpu(c.child.pid))}`));
    // Latency with no backlog: one profile at a time, each waited for.
    const single = [];
    for (const [i, p] of list.entries()) {
      const sentAt = Date.now();
      const [{ id }] = await submitAll(base, token, [p], `single-${i}`, 1);
      let row;
      await until('a single report', async () => {
        row = (await store.pool.query(`SELECT status, extract(epoch FROM finished_at) * 1000 AS finished FROM reports WHERE id = $1`, [id])).rows[0];
        return row.status === 'done' || row.status === 'failed';
      });
      single.push(Number(row.finished) - sentAt);
    }
    single.sort((a, b) => a - b);
    return {
      count: ids.length,
      seconds: (end - t0) / 1000,
      p50: pct(latencies, 50),
      p99: pct(latencies, 99),
      apiCpu: used[0],
      workerCpu: used.slice(1).reduce((a, b) => a + b, 0),
      singleP50: pct(single, 50),
      singleMax: single[single.length - 1],
    };
  } finally {
    for (const c of children) {
      c.child.stopping = true;
      c.child.kill('SIGTERM');
    }
    await Promise.all(children.map((c) => (c.child.exitCode === null ? new Promise((r) => c.child.on('exit', r)) : null)));
    await store.close();
    await db.drop();
    rmSync(blobDir, { recursive: true, force: true });
    const redis = new IORedis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }
}

/** Submits every profile `rounds` times, each round under its own service names; 8 requests in flight. */
async function submitAll(base, token, list, tag, rounds) {
  const jobs = [];
  for (let r = 0; r < rounds; r++) list.forEach((p, i) => jobs.push({ p, service: `${tag}-${r}-${i}` }));
  const out = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < jobs.length) {
        const { p, service } = jobs[next++];
        const sentAt = Date.now();
        const res = await fetch(`${base}/v1/profiles?service=${service}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: p.bytes });
        const body = await res.json();
        if (res.status !== 202) throw new Error(`POST ${p.name}: ${res.status} ${JSON.stringify(body)}`);
        out.push({ id: body.id, sentAt });
      }
    }),
  );
  return out;
}

async function benchCli(list, options) {
  // Warm-up passes, then the measured passes: decode + pipeline, one profile at a time, as `hotpath analyze` does.
  for (let r = 0; r < WARMUP; r++) for (const p of list) JSON.stringify(await analyzeProfiles([importProfile(p.bytes)], options));
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let n = 0;
  for (let r = 0; r < CLI_ROUNDS; r++) {
    for (const p of list) {
      JSON.stringify(await analyzeProfiles([importProfile(p.bytes)], options));
      n++;
    }
  }
  const c = process.cpuUsage(c0);
  return { count: n, seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 };
}

// Child mode: one CLI-style analysis loop, run as N processes at once beside each other.
if (process.argv[2] === '--cli-child') {
  const result = await benchCli(profiles(), JSON.parse(process.argv[3]));
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

/** N CLI loops in parallel processes, as many as there are workers: the same cores under the same contention. */
async function benchCliParallel(options) {
  const runs = await Promise.all(
    Array.from({ length: WORKERS }, () => new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [new URL(import.meta.url).pathname, '--cli-child', JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`CLI child exited ${code}`))));
    })),
  );
  return {
    count: runs.reduce((a, r) => a + r.count, 0),
    rate: runs.reduce((a, r) => a + r.count / r.seconds, 0),
    cpu: runs.reduce((a, r) => a + r.cpu, 0),
  };
}

const list = profiles();
const mb = list.reduce((s, p) => s + p.bytes.length, 0) / 1e6;
console.log(`profiles: ${list.length} (${mb.toFixed(1)} MB), each submitted ${ROUNDS} times after ${WARMUP} warm-up passes per process; ${WORKERS} worker processes (concurrency 1 each) on ${CORES} cores; each of the ${WORKERS} CLI processes analyses the set ${CLI_ROUNDS} times`);
for (const p of list) console.log(`  ${p.name}: ${(p.bytes.length / 1024).toFixed(0)} KiB, sha256 ${createHash('sha256').update(p.bytes).digest('hex').slice(0, 12)}`);

const service = await benchService(list);
const cli = await benchCliParallel({});
const cliFlame = FLAME ? await benchCliParallel({ flameGraph: FLAME }) : cli;
const serviceRate = service.count / service.seconds;
// Wall-clock: the workers can use at most min(workers, cores) cores (the API, PostgreSQL, Redis and this script share them).
const coresUsed = Math.min(WORKERS, CORES);
const perCore = serviceRate / coresUsed;
// CPU time: what each profile cost in CPU seconds, which other load on a shared machine changes far less than wall-clock time.
const workerPerCpu = service.count / service.workerCpu;
const servicePerCpu = service.count / (service.workerCpu + service.apiCpu);
console.log(`\nservice, ${WORKERS} workers: ${service.count} profiles in ${service.seconds.toFixed(2)} s = ${serviceRate.toFixed(1)} profiles/s (${perCore.toFixed(1)} per core over ${coresUsed})`);
console.log(`  submit-to-report latency, all submitted at once: p50 ${service.p50.toFixed(0)} ms, p99 ${service.p99.toFixed(0)} ms; one at a time: p50 ${service.singleP50.toFixed(0)} ms, max ${service.singleMax.toFixed(0)} ms`);
console.log(`  CPU: workers ${service.workerCpu.toFixed(2)} s, API ${service.apiCpu.toFixed(2)} s → ${workerPerCpu.toFixed(1)} profiles per worker CPU-second, ${servicePerCpu.toFixed(1)} per API+worker CPU-second (PostgreSQL and Redis not counted)`);
const labels = [['CLI pipeline (analyze --format json)', cli]];
if (FLAME) labels.push([`CLI pipeline + ${FLAME}-node flame graph (the workers' work)`, cliFlame]);
for (const [label, c] of labels) {
  const rate = c.rate / coresUsed;
  const perCpu = c.count / c.cpu;
  console.log(`${label}, ${WORKERS} processes at once: ${c.rate.toFixed(1)} profiles/s = ${rate.toFixed(1)} per core, ${perCpu.toFixed(1)} per CPU-second`);
  console.log(`  service / CLI per core: wall-clock ${(perCore / rate).toFixed(2)}×, CPU (workers) ${(workerPerCpu / perCpu).toFixed(2)}×, CPU (API + workers) ${(servicePerCpu / perCpu).toFixed(2)}× (target ≥ 0.8×)`);
}
process.exit(0);
