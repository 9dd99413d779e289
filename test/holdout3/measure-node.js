#!/usr/bin/env node
// usage: node measure-node.js <profile.cpuprofile> <file.js> <functionName> [<file.js> <fn> ...]
// Prints inclusive share of samples whose stack passes through file:function
// (share over all samples, and over non-idle samples), plus the top self/inclusive functions.
'use strict';
const fs = require('fs');
const [, , prof, ...rest] = process.argv;
const p = JSON.parse(fs.readFileSync(prof, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const total = p.samples.length;
let idle = 0;
const counts = new Map();
for (const s of p.samples) {
  const leaf = byId.get(s);
  if (leaf.callFrame.functionName === '(idle)') { idle++; continue; }
  const seen = new Set();
  for (let id = s; id !== undefined; id = parent.get(id)) {
    const cf = byId.get(id).callFrame;
    const key = (cf.url.split('/').pop() || '') + ':' + (cf.functionName || '(anon)');
    if (seen.has(key)) continue;
    seen.add(key);
    counts.set(key, (counts.get(key) || 0) + 1);
  }
}
console.log(`samples=${total} idle=${idle} (${(idle / total * 100).toFixed(1)}%)`);
if (rest.length === 0) {
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 40);
  for (const [k, v] of top) console.log((v / total).toFixed(3), k);
}
// extra self ticks attributed (after inlining) to <file>:<line> in frames other than <fn>
function inlinedTicks(file, line, fn) {
  let extra = 0;
  for (const n of p.nodes) {
    const cf = n.callFrame;
    if (cf.url.split('/').pop() !== file || cf.functionName === fn) continue;
    let under = false;
    for (let id = parent.get(n.id); id !== undefined; id = parent.get(id)) {
      const a = byId.get(id).callFrame;
      if (a.url.split('/').pop() === file && a.functionName === fn) { under = true; break; }
    }
    if (under) continue;
    for (const t of n.positionTicks || []) if (t.line === line) extra += t.ticks;
  }
  return extra;
}
for (let i = 0; i < rest.length; i += 2) {
  // arg may be file.js or file.js@LINE (LINE = 1-based line of the offending expression)
  const [file, lineStr] = rest[i].split('@');
  const key = file + ':' + rest[i + 1];
  let v = counts.get(key) || 0;
  if (lineStr) v += inlinedTicks(file, Number(lineStr), rest[i + 1]);
  console.log(`${rest[i]}:${rest[i + 1]} share=${(v / total).toFixed(3)} nonIdle=${(v / (total - idle)).toFixed(3)}`);
}
