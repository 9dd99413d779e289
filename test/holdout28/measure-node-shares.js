'use strict';
// Usage: node measure-node-shares.js <file.cpuprofile> <functionName> [<functionName> ...]
// A name may be written as functionName@urlSubstring to only count frames from matching scripts.
// Prints, for each function name, the fraction of all samples whose stack passes through a
// frame with that functionName (each sample counted once), plus the self-time top list.
const fs = require('fs');

const [file, ...names] = process.argv.slice(2);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map();
for (const n of prof.nodes) byId.set(n.id, n);
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children || []) parent.set(c, n.id);

const counts = new Map();
for (const id of prof.samples) counts.set(id, (counts.get(id) || 0) + 1);
const total = prof.samples.length;

function stackNames(id) {
  const out = [];
  let cur = id;
  while (cur !== undefined) {
    out.push(byId.get(cur).callFrame);
    cur = parent.get(cur);
  }
  return out;
}

function passesThrough(frames, spec) {
  const [fn, url] = spec.split('@');
  return frames.some((f) => f.functionName === fn && (!url || f.url.includes(url)));
}

const hits = new Map(names.map((n) => [n, 0]));
const self = new Map();
for (const [id, c] of counts) {
  const st = stackNames(id);
  for (const n of names) if (passesThrough(st, n)) hits.set(n, hits.get(n) + c);
  const cf = byId.get(id).callFrame;
  const key = `${cf.functionName || '(anonymous)'} ${cf.url.split('/').slice(-1)[0]}:${cf.lineNumber + 1}`;
  self.set(key, (self.get(key) || 0) + c);
}
const durUs = prof.endTime - prof.startTime;
console.log(`samples=${total} duration=${(durUs / 1e6).toFixed(2)}s`);
for (const n of names) console.log(`${n}\t${(hits.get(n) / total).toFixed(4)}\t(${hits.get(n)} samples)`);
console.log('--- top self');
[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)
  .forEach(([k, v]) => console.log(`${(v / total).toFixed(4)}\t${k}`));
