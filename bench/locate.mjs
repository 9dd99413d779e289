// Locate stage: how often a finding's location is the planted line, and what parsing and
// locating cost per file. `node bench/locate.mjs` (after tsc -b; part of `npm run bench`).
//
// Accuracy: every program with a manifest of planted patterns (test/holdout, test/holdout2,
// test/holdout-locate) and the examples are analysed with --source; each planted pattern that
// has a finding of its category counts as exact, ±1 line, wrong (another line or file) or
// unresolved (no location). The examples have no manifest: there the expected line is the one
// whose text at the reported column starts with the category's expression.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { importProfile } = require('../libs/profile/dist/index.js');
const { analyzeProfiles } = require('../libs/pipeline/dist/index.js');
const { languageOf, parseSource, locate, SourceResolver } = require('../libs/source/dist/index.js');

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Every (program dir, profile, planted patterns) this checkout has. */
function cases() {
  const out = [];
  const add = (dir, profiles, patterns) => {
    for (const p of profiles) if (existsSync(join(dir, p))) out.push({ dir, profile: p, patterns });
  };
  for (const set of ['test/holdout', 'test/holdout2']) {
    if (!existsSync(`${set}/manifest.json`)) continue;
    for (const prog of JSON.parse(readFileSync(`${set}/manifest.json`, 'utf8'))) {
      const patterns = (prog.expected ?? []).map((e) => ({ category: e.category, places: [e.where, ...(e.alsoAt ?? [])].map(place) }));
      add(join(set, prog.program), prog.profiles, patterns);
    }
  }
  if (existsSync('test/holdout-locate/manifest.json')) {
    for (const prog of JSON.parse(readFileSync('test/holdout-locate/manifest.json', 'utf8')).programs) {
      const patterns = prog.patterns.map((p) => ({ category: p.category, places: [{ file: p.file, line: p.line }] }));
      add(join('test/holdout-locate', prog.name, prog.source ?? '.'), prog.profiles.map((p) => p.path), patterns);
    }
  }
  return out;
}

function place(where) {
  const i = where.lastIndexOf(':');
  return { file: where.slice(0, i), line: Number(where.slice(i + 1)) };
}

const EXPRESSION = {
  'sync-crypto-on-request-path': /^(?:\w+\.)?pbkdf2Sync\(/,
  'sync-io-on-request-path': /^(?:\w+\.)?\w+Sync\(/,
  'regex-compilation-in-hot-path': /^new RegExp\(/,
  'serialization-overhead': /^JSON\.parse\(/,
  'client-construction-in-hot-path': /^new (?:\w+\.)?(?:Agent|\w*Client)\(/,
  'locale-formatter-construction': /^(?:new Intl\.\w+\(|[\w.]+\.toLocale\w*String\()/,
  'quadratic-collection-scan': /^[\w.]+\.(?:includes|indexOf|find|filter|some)\(/,
  'exception-as-control-flow': /^(?:throw |new \w*Error\()/,
};

async function analyze(dir, profile) {
  const bytes = readFileSync(join(dir, profile));
  const p = importProfile(bytes, { fileName: profile });
  return analyzeProfiles([p], { source: dir, patches: false });
}

const counts = { exact: 0, near: 0, wrong: 0, unresolved: 0 };
const rows = [];
for (const c of cases()) {
  const report = await analyze(c.dir, c.profile);
  for (const pat of c.patterns) {
    const of = report.findings.filter((f) => f.category === pat.category);
    if (of.length === 0) continue; // a detection miss, not a locate one
    const located = of.filter((f) => f.location);
    const dist = (f) => Math.min(...pat.places.map((p) => (f.location.file === p.file ? Math.abs(f.location.line - p.line) : Infinity)));
    const best = located.length ? Math.min(...located.map(dist)) : null;
    const verdict = best === null ? 'unresolved' : best === 0 ? 'exact' : best <= 1 ? 'near' : 'wrong';
    counts[verdict]++;
    if (verdict !== 'exact') rows.push(`  ${verdict.padEnd(10)} ${c.dir}/${c.profile} ${pat.category} expected ${pat.places.map((p) => `${p.file}:${p.line}`).join(' or ')}, got ${located.map((f) => `${f.location.file}:${f.location.line}`).join(', ') || '–'}`);
  }
}
const examples = { exact: 0, wrong: 0, unresolved: 0, unchecked: 0 };
for (const ex of ['orders-api', 'invoice-batch']) {
  const dir = join('examples', ex);
  for (const profile of readdirSync(join(dir, 'profiles'))) {
    const report = await analyze(dir, join('profiles', profile));
    for (const f of report.findings) {
      const re = EXPRESSION[f.category];
      if (!re) examples.unchecked++;
      else if (!f.location) examples.unresolved++;
      else {
        const text = readFileSync(join(dir, f.location.file), 'utf8').split('\n')[f.location.line - 1] ?? '';
        if (re.test(text.slice(f.location.column - 1))) examples.exact++;
        else {
          examples.wrong++;
          rows.push(`  wrong      ${dir}/profiles/${profile} ${f.category} at ${f.location.file}:${f.location.line}:${f.location.column}: ${text.trim()}`);
        }
      }
    }
  }
}
const total = counts.exact + counts.near + counts.wrong + counts.unresolved;
console.log('location accuracy (planted patterns with a finding of their category)');
console.log(`  held-out manifests: ${total} — exact ${counts.exact}, ±1 line ${counts.near}, wrong ${counts.wrong}, unresolved ${counts.unresolved}; within ±1: ${((100 * (counts.exact + counts.near)) / Math.max(1, total)).toFixed(1)} % (target ≥ 85 %)`);
console.log(`  examples (expression at the reported column): exact ${examples.exact}, wrong ${examples.wrong}, unresolved ${examples.unresolved}, not checkable ${examples.unchecked}`);
for (const r of rows) console.log(r);

// Cost: parse and locate per source file of those programs, best of RUNS.
const files = [];
const seen = new Set();
for (const c of [...cases(), { dir: 'examples/orders-api' }, { dir: 'examples/invoice-batch' }, { dir: 'examples/go/logsvc' }, { dir: 'examples/java/src' }]) {
  if (seen.has(c.dir) || !existsSync(c.dir)) continue;
  seen.add(c.dir);
  const walk = (d) => {
    for (const e of readdirSync(d)) {
      if (e === 'node_modules' || e.startsWith('.')) continue;
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (languageOf(p) && !/\.min\.js$/.test(p)) files.push(p);
    }
  };
  walk(c.dir);
}
await parseSource('1', 'javascript'); // the WASM runtime loads once per process; not a per-file cost
const parseMs = [];
const locateMs = [];
let bytes = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const language = languageOf(f);
  await parseSource('', language); // grammar load, once per language
  bytes += text.length;
  let bestParse = Infinity;
  let bestLocate = Infinity;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    (await parseSource(text, language)).delete();
    bestParse = Math.min(bestParse, performance.now() - t);
    t = performance.now();
    await locate({ text, language, frame: { line: Math.max(1, text.split('\n').length >> 1), function: '' }, category: 'client-construction-in-hot-path', callees: [] });
    bestLocate = Math.min(bestLocate, performance.now() - t);
  }
  parseMs.push(bestParse);
  locateMs.push(bestLocate);
}
const q = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(p * a.length))];
console.log(`\nparse + locate cost over ${files.length} source files (${(bytes / 1024).toFixed(0)} KiB), best of ${RUNS}`);
console.log(`  parse:  median ${q(parseMs, 0.5).toFixed(2)} ms, p95 ${q(parseMs, 0.95).toFixed(2)} ms, max ${Math.max(...parseMs).toFixed(2)} ms; ${(bytes / 1024 / (parseMs.reduce((a, b) => a + b, 0) / 1000) / 1024).toFixed(1)} MiB/s`);
console.log(`  locate (parse + search of one frame): median ${q(locateMs, 0.5).toFixed(2)} ms, p95 ${q(locateMs, 0.95).toFixed(2)} ms, max ${Math.max(...locateMs).toFixed(2)} ms`);
const big = existsSync('test/holdout-locate/webhook-bundle/bundle/main.js') ? 'test/holdout-locate/webhook-bundle' : null;
if (big) {
  const t = performance.now();
  const r = new SourceResolver(big);
  r.resolveFrame('/srv/bundle/main.js', 10);
  console.log(`  resolver: index + source-map load for ${relative('.', big)}: ${(performance.now() - t).toFixed(1)} ms`);
}
