// `npm run bench:api`: the API's own cost of accepting a profile, without
// workers: submissions per second and their latency (p50/p99) from loopback,
// for a raw .cpuprofile, a gzipped pprof, a gzip Content-Encoding body, and
// the refusal of a gzip bomb at the decompressed limit. Every submission has
// distinct bytes, so each one stores a blob, two rows and a job.
//
// Starts apps/api/dist/main.js on a scratch database and a queue prefix of
// its own. Environment: BENCH_REQUESTS (per case, default 400),
// BENCH_CONCURRENCY (in flight, default 8), REDIS_URL, TEST_DATABASE_URL.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const { createScratchDatabase, createStore } = require('@hotpath/store');
const IORedis = require('ioredis');

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ROOT = new URL('..', import.meta.url).pathname;
const MiB = 1024 * 1024;

const cpuprofile = readFileSync(join(ROOT, 'examples/orders-api/profiles/cpu.cpuprofile'), 'utf8');
const pprofGz = readFileSync(join(ROOT, 'examples/orders-api/profiles/wall.pb.gz'));
let n = 0;
const distinctCpuprofile = () => Buffer.from(cpuprofile.replace(/"startTime":(\d+)/, (_, t) => `"startTime":${Number(t) + ++n}`));
function mutatePprof() {
  // Different bytes, same profile: the pprof wrapped once more as a gzip Content-Encoding would
  // deduplicate, so vary the raw gzip header's MTIME field (bytes 4–7), which decoders ignore.
  const b = Buffer.from(pprofGz);
  b.writeUInt32LE(++n, 4);
  return b;
}
const bomb = gzipSync(Buffer.alloc(64 * MiB));

const CASES = [
  { name: 'raw .cpuprofile (170 KiB)', body: distinctCpuprofile, headers: {}, expect: 202 },
  { name: 'gzipped pprof (18 KiB)', body: mutatePprof, headers: {}, expect: 202 },
  { name: 'Content-Encoding: gzip .cpuprofile', body: () => gzipSync(distinctCpuprofile()), headers: { 'Content-Encoding': 'gzip' }, expect: 202 },
  { name: 'gzip bomb → 413 at 32 MiB', body: () => bomb, headers: {}, expect: 413 },
];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function main() {
  const db = await createScratchDatabase();
  const store = createStore({ connectionString: db.url, maxConnections: 2 });
  await store.migrate();
  const tenant = await store.createTenant('bench');
  const token = await store.createToken(tenant.id);
  const blobDir = mkdtempSync(join(tmpdir(), 'hotpath-bench-api-'));
  const prefix = `hpbench-api-${randomBytes(4).toString('hex')}`;
  const api = spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], {
    env: {
      ...process.env,
      PORT: '0',
      REDIS_URL,
      DATABASE_URL: db.url,
      BLOB_DIR: blobDir,
      QUEUE_PREFIX: prefix,
      RATE_LIMIT_WRITES: '1000000',
      MAX_DECOMPRESSED_BYTES: String(32 * MiB),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  api.stdout.on('data', (b) => (out += b));
  let base;
  for (let i = 0; i < 200 && !base; i++) {
    base = /"url":"(http:\/\/[^"]+)","msg":"hotpath API listening"/.exec(out)?.[1];
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!base) throw new Error(`the API did not start:\n${out}`);
  api.stdout.removeAllListeners('data');
  api.stdout.resume();

  console.log(`API accepting profiles (no workers), ${REQUESTS} requests per case, ${CONCURRENCY} in flight\n`);
  console.log('case'.padEnd(40), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8));
  try {
    for (const c of CASES) {
      const requests = c.expect === 413 ? Math.min(REQUESTS, 40) : REQUESTS;
      const bodies = Array.from({ length: requests }, c.body);
      const latencies = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < bodies.length) {
            const body = bodies[next++];
            const t0 = performance.now();
            const res = await fetch(`${base}/v1/profiles?service=bench`, { method: 'POST', body, headers: { ...c.headers, Authorization: `Bearer ${token}` } });
            await res.arrayBuffer();
            latencies.push(performance.now() - t0);
            if (res.status !== c.expect) throw new Error(`${c.name}: expected ${c.expect}, got ${res.status}`);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      console.log(c.name.padEnd(40), (requests / seconds).toFixed(0).padStart(8), percentile(latencies, 0.5).toFixed(1).padStart(8), percentile(latencies, 0.99).toFixed(1).padStart(8));
    }
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    await store.close();
    await db.drop();
    rmSync(blobDir, { recursive: true, force: true });
    const redis = new IORedis(REDIS_URL);
    let cursor = '0';
    do {
      const [c, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = c;
    } while (cursor !== '0');
    redis.disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
