'use strict';
// Usage: node measure-shares.js <file.cpuprofile> [functionName[@file-suffix] ...]
// Prints, for each named function, the fraction of samples whose stack
// passes through it (each sample counted once), plus the top self/total frames.
const fs = require('fs');

const [, , file, ...targets] = process.argv;
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map();
for (const n of prof.nodes) byId.set(n.id, n);
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children || []) parent.set(c, n.id);

const stackCache = new Map();
function stackOf(id) {
  if (stackCache.has(id)) return stackCache.get(id);
  const frames = [];
  let cur = id;
  while (cur !== undefined) {
    const n = byId.get(cur);
    const cf = n.callFrame;
    frames.push({ name: cf.functionName || '(anonymous)', url: cf.url, line: cf.lineNumber + 1 });
    cur = parent.get(cur);
  }
  stackCache.set(id, frames);
  return frames;
}

const samples = prof.samples;
const total = samples.length;
const durS = (prof.endTime - prof.startTime) / 1e6;
const idle = samples.filter((id) => byId.get(id).callFrame.functionName === '(idle)').length;
console.log(`${file}: ${total} samples, ${durS.toFixed(2)} s wall, idle ${(idle / total * 100).toFixed(1)}%`);

function matches(frame, spec) {
  const [name, suffix] = spec.split('@');
  if (frame.name !== name) return false;
  return !suffix || frame.url.endsWith(suffix);
}

for (const t of targets) {
  let hit = 0;
  for (const id of samples) if (stackOf(id).some((f) => matches(f, t))) hit++;
  console.log(`  ${t.padEnd(40)} ${(hit / total).toFixed(3)}  (${hit})`);
}

if (!targets.length || process.env.TOP) {
  const inclusive = new Map();
  const self = new Map();
  for (const id of samples) {
    const st = stackOf(id);
    const key0 = `${st[0].name} ${st[0].url.split('/').pop()}:${st[0].line}`;
    self.set(key0, (self.get(key0) || 0) + 1);
    const seen = new Set();
    for (const f of st) {
      const k = `${f.name} ${f.url.split('/').pop()}:${f.line}`;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) || 0) + 1);
    }
  }
  const top = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)
    .map(([k, v]) => `    ${(v / total).toFixed(3)} ${k}`).join('\n');
  console.log('  top inclusive:\n' + top(inclusive));
  console.log('  top self:\n' + top(self));
}
