// Records the profiles of the example programs:
//
//   node examples/record.mjs [name...]      (or: npm run examples:record)
//
// For each example (a folder of examples/ with an app.js; all of them when no name is
// given) it runs the program twice and writes:
//   examples/<name>/profiles/cpu.cpuprofile  V8 CPU profile (node --cpu-prof)
//   examples/<name>/profiles/wall.pb.gz      gzipped pprof wall-time profile from
//                                            @datadog/pprof, line numbers on
//                                            (via examples/pprof-preload.cjs)
// Sampling starts at 1000 µs; a profile bigger than MAX_BYTES is recorded again with
// twice the interval. Profiles differ from run to run (sampling, timing, machine load).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { Profile } from 'pprof-format';

const EXAMPLES_DIR = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD = path.join(EXAMPLES_DIR, 'pprof-preload.cjs');
const ENTRY = 'app.js';
const MAX_BYTES = 400 * 1024;
const INTERVALS_MICROS = [1000, 2000, 4000];
const TIMEOUT_MS = 120_000;

function listExamples() {
  return fs
    .readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(EXAMPLES_DIR, d.name, ENTRY)))
    .map((d) => d.name)
    .sort();
}

function run(args, env, what) {
  const result = spawnSync(process.execPath, args, {
    cwd: path.dirname(EXAMPLES_DIR),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: TIMEOUT_MS,
  });
  if (result.error) throw new Error(`${what}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${what}: exited with ${result.status ?? result.signal}`);
}

function checkCpuProfile(bytes) {
  const profile = JSON.parse(bytes.toString('utf8'));
  if (!Array.isArray(profile.nodes) || !Array.isArray(profile.samples) || profile.samples.length === 0) {
    throw new Error('not a V8 CPU profile with nodes and samples');
  }
  return profile.samples.length;
}

function checkPprof(bytes) {
  const profile = Profile.decode(zlib.gunzipSync(bytes));
  if (profile.sample.length === 0) throw new Error('pprof profile has no samples');
  return profile.sample.reduce((sum, s) => sum + Number(s.value[0]), 0);
}

function recordCpu(entry, tmp, intervalMicros) {
  const dir = fs.mkdtempSync(path.join(tmp, 'cpu-'));
  run(['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', String(intervalMicros), entry], {}, `cpu profile of ${entry}`);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length !== 1) throw new Error(`expected one .cpuprofile in ${dir}, found ${files.length}`);
  return fs.readFileSync(path.join(dir, files[0]));
}

function recordWall(entry, tmp, intervalMicros) {
  const out = path.join(fs.mkdtempSync(path.join(tmp, 'wall-')), 'wall.pb.gz');
  run(['-r', PRELOAD, entry], { HOTPATH_PPROF_OUT: out, HOTPATH_PPROF_INTERVAL_US: String(intervalMicros) }, `wall profile of ${entry}`);
  return fs.readFileSync(out);
}

// Records with the smallest interval whose profile fits in MAX_BYTES.
function recordSmallEnough(record, check) {
  for (const interval of INTERVALS_MICROS) {
    const bytes = record(interval);
    const samples = check(bytes);
    if (bytes.length <= MAX_BYTES) return { bytes, samples, interval };
  }
  throw new Error(`profile still bigger than ${MAX_BYTES} bytes at ${INTERVALS_MICROS.at(-1)} µs`);
}

function recordExample(name, tmp) {
  const entry = path.join(EXAMPLES_DIR, name, ENTRY);
  const outDir = path.join(EXAMPLES_DIR, name, 'profiles');
  fs.mkdirSync(outDir, { recursive: true });
  const cpu = recordSmallEnough((i) => recordCpu(entry, tmp, i), checkCpuProfile);
  fs.writeFileSync(path.join(outDir, 'cpu.cpuprofile'), cpu.bytes);
  const wall = recordSmallEnough((i) => recordWall(entry, tmp, i), checkPprof);
  fs.writeFileSync(path.join(outDir, 'wall.pb.gz'), wall.bytes);
  const kb = (b) => `${Math.round(b.length / 1024)} KB`;
  console.log(
    `${name}: cpu.cpuprofile ${cpu.samples} samples, ${kb(cpu.bytes)}, ${cpu.interval} µs; ` +
      `wall.pb.gz ${wall.samples} samples, ${kb(wall.bytes)}, ${wall.interval} µs`,
  );
}

function main() {
  const all = listExamples();
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !all.includes(n));
  if (unknown.length > 0) {
    console.error(`record: unknown example(s) ${unknown.join(', ')}; known: ${all.join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hotpath-record-'));
  let failed = 0;
  try {
    for (const name of names.length > 0 ? names : all) {
      try {
        recordExample(name, tmp);
      } catch (err) {
        failed += 1;
        console.error(`${name}: ${err.message}`);
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (failed > 0) process.exitCode = 1;
}

main();
