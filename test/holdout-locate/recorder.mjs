// Staging, building and recording of the held-out programs, shared by record.mjs (which
// writes the committed profiles) and score.mjs (which re-records a patched copy).
//
// Every program runs from a copy under a temporary "production-like" root
// (/tmp/hl-XXXX/srv/<name>/), never from its checkout path, so the file names the
// profiles record differ from the repository's and have to be matched by path suffix.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { Profile } from 'pprof-format';

export const SET_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(SET_DIR, '..', '..');
const WALL_PRELOAD = path.join(REPO, 'examples', 'pprof-preload.cjs');
const TSC = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
const MAX_BYTES = 300 * 1024;
const INTERVALS_MICROS = [1000, 2000, 4000];
const RUN_TIMEOUT_MS = 60_000;
// Only what the program needs to run is staged: never its recorded profiles or build output.
const NOT_STAGED = new Set(['profiles', 'node_modules', 'bin', 'classes']);

export function readManifest() {
  return JSON.parse(fs.readFileSync(path.join(SET_DIR, 'manifest.json'), 'utf8'));
}

export function makeRoot() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'hl-'));
}

/** Copies a program directory to <root>/srv/<name>/ and returns that path. */
export function stage(root, program, from = path.join(SET_DIR, program.name)) {
  const dir = path.join(root, 'srv', program.name);
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of fs.readdirSync(from)) {
    if (NOT_STAGED.has(entry)) continue;
    fs.cpSync(path.join(from, entry), path.join(dir, entry), { recursive: true });
  }
  // Node programs resolve their packages (ioredis, pg) and TypeScript its @types from the
  // checkout's node_modules, as an installed service would from its own.
  if (program.runtime === 'node') fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function run(cmd, args, options, what) {
  const result = spawnSync(cmd, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: RUN_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
    ...options,
    env: { ...process.env, ...options.env },
  });
  if (result.error) throw new Error(`${what}: ${result.error.message}`);
  if (result.status !== 0) {
    const err = `${result.stderr}`.trim().split('\n').slice(-5).join('\n');
    throw new Error(`${what}: exited with ${result.status ?? result.signal}${err ? `\n${err}` : ''}`);
  }
  return result;
}

/**
 * Builds a staged program in place. Returns nothing; a program without a build step is
 * run from its sources. `tsc` and `bundle` outputs are what the committed output folder
 * holds (record.mjs copies them back), so the source maps match the profiles.
 */
export function build(program, dir) {
  const b = program.build;
  if (!b) return;
  switch (b.kind) {
    case 'tsc':
      run(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: dir }, `tsc for ${program.name}`);
      return;
    case 'bundle':
      run(process.execPath, [b.script], { cwd: dir }, `bundle for ${program.name}`);
      return;
    case 'go':
      run('go', ['build', '-o', 'bin/app', '.'], { cwd: dir, env: { GOPROXY: 'off', GOTOOLCHAIN: 'local' } }, `go build for ${program.name}`);
      return;
    case 'javac': {
      const sources = listFiles(path.join(dir, 'src')).filter((f) => f.endsWith('.java'));
      run('javac', ['-g', '-d', 'classes', ...sources], { cwd: dir }, `javac for ${program.name}`);
      return;
    }
    default:
      throw new Error(`${program.name}: unknown build kind ${b.kind}`);
  }
}

function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? listFiles(p) : [p];
  });
}

/** Records one profile of a staged, built program; returns its bytes and a summary. */
export function record(program, dir, profile) {
  for (const interval of INTERVALS_MICROS) {
    const bytes = recordOnce(program, dir, profile.kind, interval);
    const samples = check(profile.kind, bytes);
    if (bytes.length <= MAX_BYTES) return { bytes, samples, interval };
  }
  throw new Error(`${program.name}: ${profile.path} still over ${MAX_BYTES} bytes at ${INTERVALS_MICROS.at(-1)} µs`);
}

function recordOnce(program, dir, kind, interval) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-rec-'));
  try {
    const what = `${kind} recording of ${program.name}`;
    const env = program.env ?? {};
    if (kind === 'node-cpu') {
      run(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${out}`, '--cpu-prof-interval', String(interval), program.run.entry], { cwd: dir, env }, what);
      const files = fs.readdirSync(out).filter((f) => f.endsWith('.cpuprofile'));
      if (files.length !== 1) throw new Error(`${what}: expected one .cpuprofile, found ${files.length}`);
      return fs.readFileSync(path.join(out, files[0]));
    }
    if (kind === 'node-wall') {
      const file = path.join(out, 'wall.pb.gz');
      run(process.execPath, ['-r', WALL_PRELOAD, program.run.entry], { cwd: dir, env: { ...env, HOTPATH_PPROF_OUT: file, HOTPATH_PPROF_INTERVAL_US: String(interval) } }, what);
      return fs.readFileSync(file);
    }
    if (kind === 'go-cpu') {
      // runtime/pprof samples at 100 Hz; the interval does not apply.
      const file = path.join(out, 'cpu.pb.gz');
      run(path.join(dir, 'bin', 'app'), [], { cwd: dir, env: { ...env, HOLDOUT_CPU_PROFILE: file } }, what);
      return fs.readFileSync(file);
    }
    if (kind === 'jfr') {
      const file = path.join(out, 'rec.jfr');
      const periodMs = Math.max(1, Math.round(interval / 1000));
      run('java', [
        '-Xlog:jfr+startup=error',
        `-XX:StartFlightRecording=filename=${file},settings=profile,jdk.ExecutionSample#period=${periodMs}ms`,
        '-cp', 'classes', program.run.mainClass,
      ], { cwd: dir, env }, what);
      return zlib.gzipSync(fs.readFileSync(file));
    }
    throw new Error(`${program.name}: unknown profile kind ${kind}`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

function check(kind, bytes) {
  if (kind === 'node-cpu') {
    const p = JSON.parse(bytes.toString('utf8'));
    if (!Array.isArray(p.nodes) || !Array.isArray(p.samples) || p.samples.length === 0) throw new Error('not a V8 CPU profile with samples');
    return p.samples.length;
  }
  if (kind === 'node-wall' || kind === 'go-cpu') {
    const p = Profile.decode(zlib.gunzipSync(bytes));
    if (p.sample.length === 0) throw new Error('pprof profile has no samples');
    return p.sample.reduce((sum, s) => sum + Number(s.value[0]), 0);
  }
  if (kind === 'jfr') {
    const raw = zlib.gunzipSync(bytes);
    if (raw.subarray(0, 4).toString('latin1') !== 'FLR\0') throw new Error('not a JFR recording');
    return raw.length;
  }
  throw new Error(`unknown profile kind ${kind}`);
}
