// Records the classifier's training programs (npm run train:record):
//
//   node libs/classifier/scripts/record.mjs [--runtime node|go|java] [--per-category N] [--clean N] [--only PREFIX] [--jobs N] [--from I]
//
// Generates each program (node-programs.mjs; names and seeds are fixed, so the same command
// writes the same programs), runs it in a scratch directory under `node --cpu-prof` (1 ms
// interval, about 1.5 s of work) and writes into libs/classifier/data/node/<program>/:
//   cpu.cpuprofile.gz  the V8 CPU profile, gzipped
//   label.json         { runtime, category, wrapper, planted: [function names] }
// The program's source is not kept: the generator rewrites it from the seed. Recordings differ
// from run to run (sampling, machine load); the data set is what was recorded.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { GO_CATEGORIES, goProgram } from './go-programs.mjs';
import { JAVA_CATEGORIES, javaProgram } from './java-programs.mjs';
import { NODE_CATEGORIES, nodeProgram } from './node-programs.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DATA = path.join(HERE, '..', 'data');
const TIMEOUT_MS = 30_000;

function args() {
  const a = process.argv.slice(2);
  const get = (k, d) => {
    const i = a.indexOf(k);
    return i >= 0 ? a[i + 1] : d;
  };
  return { perCategory: Number(get('--per-category', 12)), clean: Number(get('--clean', 40)), only: get('--only', ''), jobs: Number(get('--jobs', 2)), runtime: get('--runtime', 'node'), from: Number(get('--from', 0)) };
}

function seedOf(name) {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function run(cmd, argv, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, GOFLAGS: '-mod=mod' } });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`${cmd} exited ${code}: ${err.slice(0, 400)}`));
      else resolve();
    });
  });
}

function save(program, fileName, bytes) {
  const out = path.join(DATA, program.runtime, program.name);
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, fileName), bytes);
  const label = { runtime: program.runtime, category: program.category, wrapper: program.wrapper, planted: program.planted };
  fs.writeFileSync(path.join(out, 'label.json'), JSON.stringify(label, null, 2) + '\n');
}

// Go writes its profile gzipped already (runtime/pprof).
async function recordGo(program) {
  const dir = path.join(os.tmpdir(), 'hotpath-train', program.name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [rel, text] of Object.entries(program.files)) fs.writeFileSync(path.join(dir, rel), text);
  await run('go', ['build', '-o', 'prog', '.'], dir);
  await run(path.join(dir, 'prog'), [path.join(dir, 'cpu.pb.gz')], dir);
  const bytes = fs.readFileSync(path.join(dir, 'cpu.pb.gz'));
  save(program, 'cpu.pb.gz', bytes);
  fs.rmSync(dir, { recursive: true, force: true });
  return bytes.length;
}

async function recordJava(program) {
  const dir = path.join(os.tmpdir(), 'hotpath-train', program.name);
  fs.rmSync(dir, { recursive: true, force: true });
  const sources = [];
  for (const [rel, text] of Object.entries(program.files)) {
    fs.mkdirSync(path.dirname(path.join(dir, 'src', rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, 'src', rel), text);
    sources.push(path.join('src', rel));
  }
  await run('javac', ['-d', 'classes', ...sources], dir);
  const jfr = path.join(dir, 'rec.jfr');
  await run('java', ['-Xlog:jfr+startup=error', `-XX:StartFlightRecording=filename=${jfr},settings=profile,jdk.ExecutionSample#period=1ms,jdk.JavaMonitorEnter#threshold=0ms`, '-cp', 'classes', program.mainClass], dir);
  const bytes = zlib.gzipSync(fs.readFileSync(jfr), { level: 9 });
  save(program, 'rec.jfr.gz', bytes);
  fs.rmSync(dir, { recursive: true, force: true });
  return bytes.length;
}

function record(program) {
  if (program.runtime === 'go') return recordGo(program);
  if (program.runtime === 'java') return recordJava(program);
  const dir = path.join(os.tmpdir(), 'hotpath-train', program.name);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [rel, text] of Object.entries(program.files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  const profDir = path.join(dir, '.prof');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-interval', '1000', program.entry], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`${program.name}: exited ${code}: ${err.slice(0, 400)}`));
      const file = fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
      if (!file) return reject(new Error(`${program.name}: no .cpuprofile written`));
      const bytes = fs.readFileSync(path.join(profDir, file));
      save(program, 'cpu.cpuprofile.gz', zlib.gzipSync(bytes, { level: 9 }));
      fs.rmSync(dir, { recursive: true, force: true });
      resolve(bytes.length);
    });
  });
}

async function main() {
  const { perCategory, clean, only, jobs, runtime, from } = args();
  const [categories, make] = runtime === 'go' ? [GO_CATEGORIES, goProgram] : runtime === 'java' ? [JAVA_CATEGORIES, javaProgram] : [NODE_CATEGORIES, nodeProgram];
  const programs = [];
  for (const category of categories) {
    for (let i = from; i < from + perCategory; i++) {
      const name = `${runtime}-${category}-${String(i).padStart(2, '0')}`;
      programs.push(make(name, category, seedOf(name)));
    }
  }
  for (let i = from; i < from + clean; i++) {
    const name = `${runtime}-clean-${String(i).padStart(2, '0')}`;
    programs.push(make(name, null, seedOf(name)));
  }
  const todo = programs.filter((p) => p.name.startsWith(only));
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < todo.length) {
      const p = todo[next++];
      try {
        const size = await record(p);
        console.log(`${p.name} (${p.wrapper}): ${(size / 1024).toFixed(0)} KiB`);
      } catch (e) {
        failed++;
        console.error(e.message);
      }
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  if (failed) process.exitCode = 1;
}

main();
