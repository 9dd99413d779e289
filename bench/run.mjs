// `npm run bench`: decode and analyze throughput on a large generated pprof,
// against pprof-format (decode) and `go tool pprof -top` (whole command).
import { existsSync, statSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const FILE = 'bench/out/large.pb.gz';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

if (!existsSync(FILE)) execFileSync('node', ['bench/generate-pprof.mjs', FILE], { stdio: 'inherit' });
const rawBytes = gunzipSync(readFileSync(FILE)).length;
const mb = rawBytes / 1e6;
console.log(`input: ${FILE}, ${(statSync(FILE).size / 1e6).toFixed(1)} MB gzipped, ${mb.toFixed(1)} MB uncompressed`);

function child(args) {
  const out = execFileSync('node', args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop());
}

function best(label, fn) {
  const runs = Array.from({ length: RUNS }, fn);
  const ms = Math.min(...runs.map((r) => r.ms));
  const rss = Math.max(...runs.map((r) => r.maxRssKiB ?? 0));
  return { label, ms, rss, samples: runs[0].samples };
}

const decoders = ['hotpath', 'pprof-format'].map((d) => best(d, () => child(['bench/decode-child.cjs', d, FILE])));
console.log('\ndecode (uncompressed bytes → model), best of', RUNS);
for (const d of decoders) {
  const ratio = d.rss / 1024 / (rawBytes / 1048576);
  console.log(`  ${d.label.padEnd(13)} ${d.ms.toFixed(0).padStart(6)} ms  ${(mb / (d.ms / 1000)).toFixed(1).padStart(6)} MB/s  peak RSS ${(d.rss / 1024).toFixed(0)} MiB = ${ratio.toFixed(2)}× the uncompressed size  (${d.samples} samples)`);
}
console.log(`  speed-up: ${(decoders[1].ms / decoders[0].ms).toFixed(2)}× (target ≥ 2×); peak RSS target ≤ 3× the uncompressed size`);

function timeCommand(cmd, args) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    const [secs, rssKiB] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    runs.push({ ms: secs * 1000, maxRssKiB: rssKiB });
  }
  return { ms: Math.min(...runs.map((r) => r.ms)), rss: Math.max(...runs.map((r) => r.maxRssKiB)) };
}

console.log('\nanalyze (whole command, wall clock), best of', RUNS);
const hp = timeCommand('node', ['apps/cli/bin/hotpath.js', 'analyze', FILE, '--format', 'json', '-o', '/dev/null']);
console.log(`  hotpath analyze --format json  ${hp.ms.toFixed(0).padStart(6)} ms  peak RSS ${(hp.rss / 1024).toFixed(0)} MiB (${(hp.rss / 1024 / (rawBytes / 1048576)).toFixed(2)}× the uncompressed size; target ≤ 3×)`);
const noRules = timeCommand('node', ['apps/cli/bin/hotpath.js', 'analyze', FILE, '--format', 'json', '-o', '/dev/null', '--no-rules']);
console.log(`  hotpath analyze --no-rules      ${noRules.ms.toFixed(0).padStart(6)} ms  (rules cost ${(((hp.ms - noRules.ms) / noRules.ms) * 100).toFixed(1)} %; target < 20 %)`);
const go = spawnSync('go', ['version'], { encoding: 'utf8' });
if (go.status === 0) {
  const gp = timeCommand('go', ['tool', 'pprof', '-top', FILE]);
  console.log(`  go tool pprof -top             ${gp.ms.toFixed(0).padStart(6)} ms  peak RSS ${(gp.rss / 1024).toFixed(0)} MiB  (${go.stdout.trim()})`);
  console.log(`  ratio: ${(hp.ms / gp.ms).toFixed(2)}× the time of go tool pprof (target ≤ 0.5×)`);
} else {
  console.log('  go tool pprof: skipped (install Go, e.g. Debian\'s golang package, to compare)');
}

console.log('\nJFR import (bench/jfr.mjs)');
execFileSync('node', ['bench/jfr.mjs'], { stdio: 'inherit', env: { ...process.env, BENCH_RUNS: String(Math.max(RUNS, 5)) } });

console.log('\nstack classifier (bench/classifier.mjs)');
execFileSync('node', ['bench/classifier.mjs'], { stdio: 'inherit' });

console.log('\nlocate stage (bench/locate.mjs)');
execFileSync('node', ['bench/locate.mjs'], { stdio: 'inherit' });
