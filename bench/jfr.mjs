// JFR import throughput: `npx tsc -b libs/profile && node bench/jfr.mjs [file.jfr[.gz] …]`.
// Parses each recording with the built library (decompressed bytes → profile model) and prints
// the first (cold) parse, then the best and median of BENCH_RUNS warm parses, in ms and in MB/s of
// decompressed input. Without arguments: the corpus's async-profiler recording (1.2 MB gzipped,
// 3.3 MB of JFR) when ../shared/corpus is there, and the example JDK 17 recording.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { importProfile, totalOf } = require(join(root, 'libs/profile'));

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const defaults = [join(root, '../shared/corpus/jfr/async-profiler.jfr.gz'), join(root, 'examples/java/profiles/rec.jfr.gz')];
const files = process.argv.length > 2 ? process.argv.slice(2) : defaults.filter((f) => existsSync(f));

function time(fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

for (const file of files) {
  const raw = readFileSync(file);
  const inflate = time(() => (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw));
  const data = inflate.result;
  const mb = data.length / 1e6;
  const cold = time(() => importProfile(data, { format: 'jfr' }));
  const warm = Array.from({ length: RUNS }, () => time(() => importProfile(data, { format: 'jfr' })).ms).sort((a, b) => a - b);
  const best = warm[0];
  const median = warm[Math.floor(warm.length / 2)];
  const whole = time(() => importProfile(raw, { fileName: basename(file) })).ms;
  const p = cold.result;
  const types = p.sampleTypes.map((t, i) => `${t.type}=${totalOf(p, i)}`).join(' ');
  console.log(`${basename(file)}: ${(raw.length / 1e6).toFixed(2)} MB on disk, ${mb.toFixed(2)} MB of JFR; ${p.samples.length} samples, ${p.locations.length} locations; ${types}`);
  console.log(`  gunzip           ${inflate.ms.toFixed(1).padStart(7)} ms`);
  console.log(`  parse, cold      ${cold.ms.toFixed(1).padStart(7)} ms  ${(mb / (cold.ms / 1000)).toFixed(1).padStart(6)} MB/s`);
  console.log(`  parse, best      ${best.toFixed(1).padStart(7)} ms  ${(mb / (best / 1000)).toFixed(1).padStart(6)} MB/s   (of ${RUNS} warm runs)`);
  console.log(`  parse, median    ${median.toFixed(1).padStart(7)} ms  ${(mb / (median / 1000)).toFixed(1).padStart(6)} MB/s`);
  console.log(`  gunzip + parse   ${whole.toFixed(1).padStart(7)} ms   (importProfile on the file as stored, warm)`);
}
