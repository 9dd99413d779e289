// `node bench/patch-go-java.mjs` (after `npx tsc -b`; needs Go and a JDK): do the Go and Java
// patches of libs/source/src/patch make the example programs faster?
//
// For examples/go/logsvc and examples/java it runs `hotpath analyze --source … --format json` on
// the recorded profile, applies every patch of the report with `git apply` to a copy of the
// example, builds both copies and runs them in turn (BENCH_RUNS times each):
// - logsvc: CPU seconds (user + system, from /usr/bin/time) of the whole program, 4000 requests;
// - LogScanner: batches summarised in a fixed number of seconds (it runs until a deadline).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const JAVA_SECONDS = Number(process.env.BENCH_JAVA_SECONDS ?? 4);

function patchesOf(profile, source) {
  const out = execFileSync('node', [join(ROOT, 'apps/cli/bin/hotpath.js'), 'analyze', profile, '--source', source, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return JSON.parse(out).findings.filter((f) => f.patch).map((f) => ({ where: `${f.location.file}:${f.location.line}`, category: f.category, patch: f.patch }));
}

function applyAll(dir, patches) {
  patches.forEach((p, i) => {
    writeFileSync(join(dir, `fix-${i}.diff`), p.patch);
    execFileSync('git', ['apply', `fix-${i}.diff`], { cwd: dir });
    rmSync(join(dir, `fix-${i}.diff`));
  });
}

function cpuSeconds(cmd, args, opts) {
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', cmd, ...args], { encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  const [user, sys] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { cpu: user + sys, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function benchGo(work) {
  const patches = patchesOf(join(ROOT, 'examples/go/logsvc/profiles/cpu.pb.gz'), join(ROOT, 'examples/go'));
  const env = { ...process.env, GOCACHE: join(work, 'gocache'), GOFLAGS: '-mod=mod' };
  const bins = {};
  for (const name of ['before', 'after']) {
    const dir = join(work, `go-${name}`);
    cpSync(join(ROOT, 'examples/go'), dir, { recursive: true, filter: (p) => !p.includes('/profiles') });
    if (name === 'after') applyAll(dir, patches);
    bins[name] = join(work, `logsvc-${name}`);
    execFileSync('go', ['build', '-o', bins[name], './logsvc'], { cwd: dir, env });
  }
  const cpu = { before: [], after: [] };
  const summary = {};
  for (let r = 0; r < RUNS; r++) {
    for (const name of ['before', 'after']) {
      const { cpu: s, stdout } = cpuSeconds(bins[name], ['-v']);
      cpu[name].push(s);
      summary[name] = stdout;
    }
  }
  if (summary.before !== summary.after) throw new Error(`logsvc prints a different summary after the patches:\n${summary.before}\n${summary.after}`);
  return { patches, before: median(cpu.before), after: median(cpu.after), runs: cpu };
}

function benchJava(work) {
  const patches = patchesOf(join(ROOT, 'examples/java/profiles/rec.jfr.gz'), join(ROOT, 'examples/java'));
  const classes = {};
  for (const name of ['before', 'after']) {
    const dir = join(work, `java-${name}`);
    cpSync(join(ROOT, 'examples/java'), dir, { recursive: true, filter: (p) => !p.includes('/profiles') });
    if (name === 'after') applyAll(dir, patches);
    classes[name] = join(dir, 'out');
    mkdirSync(classes[name]);
    execFileSync('javac', ['-d', classes[name], join(dir, 'src/com/example/logscan/LogScanner.java')]);
  }
  const batches = { before: [], after: [] };
  for (let r = 0; r < RUNS; r++) {
    for (const name of ['before', 'after']) {
      const out = execFileSync('java', ['-cp', classes[name], 'com.example.logscan.LogScanner', String(JAVA_SECONDS)], { encoding: 'utf8' });
      batches[name].push(Number(/batches=(\d+)/.exec(out)[1]));
    }
  }
  return { patches, before: median(batches.before), after: median(batches.after), runs: batches };
}

const work = mkdtempSync(join(tmpdir(), 'hotpath-bench-patch-'));
try {
  const go = benchGo(work);
  console.log(`Go logsvc: ${go.patches.length} patch(es) (${go.patches.map((p) => `${p.category} at ${p.where}`).join(', ')})`);
  console.log(`  CPU seconds, median of ${RUNS}: ${go.before.toFixed(2)} before, ${go.after.toFixed(2)} after (${(go.after / go.before).toFixed(2)}×); runs ${JSON.stringify(go.runs)}`);
  const java = benchJava(work);
  console.log(`Java LogScanner: ${java.patches.length} patch(es) (${java.patches.map((p) => `${p.category} at ${p.where}`).join(', ')})`);
  console.log(`  batches in ${JAVA_SECONDS} s, median of ${RUNS}: ${java.before} before, ${java.after} after (${(java.after / java.before).toFixed(2)}×); runs ${JSON.stringify(java.runs)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
