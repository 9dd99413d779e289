'use strict';
// Usage: node measure-node-shares.js <file.cpuprofile> [functionName[@fileSuffix] ...]
// Share of a function = samples whose stack contains a frame with that function name
// (and, if given, a url ending in fileSuffix) divided by all samples in the profile.
const fs = require('fs');
const [file, ...specs] = process.argv.slice(2);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map();
const parent = new Map();
for (const n of prof.nodes) byId.set(n.id, n);
for (const n of prof.nodes) for (const c of n.children || []) parent.set(c, n.id);
const total = prof.samples.length;
const durUs = prof.endTime - prof.startTime;
function frameMatches(cf, spec) {
  const [fn, suffix] = spec.split('@');
  if (cf.functionName !== fn) return false;
  return !suffix || cf.url.endsWith(suffix);
}
const counts = new Map(specs.map((s) => [s, 0]));
const selfCounts = new Map();
for (const id of prof.samples) {
  const leaf = byId.get(id).callFrame;
  const key = `${leaf.functionName || '(anonymous)'} ${leaf.url.split('/').slice(-2).join('/')}:${leaf.lineNumber + 1}`;
  selfCounts.set(key, (selfCounts.get(key) || 0) + 1);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const cf = byId.get(cur).callFrame;
    for (const s of specs) if (!seen.has(s) && frameMatches(cf, s)) seen.add(s);
  }
  for (const s of seen) counts.set(s, counts.get(s) + 1);
}
console.log(`${file}: ${total} samples over ${(durUs / 1e6).toFixed(2)} s`);
for (const s of specs) console.log(`  ${s.padEnd(40)} ${(counts.get(s) / total).toFixed(3)}  (${counts.get(s)})`);
const top = [...selfCounts.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 15));
console.log('  top self:');
for (const [k, v] of top) console.log(`    ${(v / total).toFixed(3)} ${k}`);
