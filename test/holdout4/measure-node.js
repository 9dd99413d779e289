// usage: node measure-node.js <profile> <target> [...]
// target: "file.js:functionName" = inclusive share of samples whose stack passes through that function;
//         "file.js:@line" = self samples attributed to that source line (positionTicks);
//         several tokens joined with "+" are summed (function tokens de-duplicated per sample).
const fs = require('fs');
const [profPath, ...targets] = process.argv.slice(2);
const p = JSON.parse(fs.readFileSync(profPath, 'utf8'));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const counts = new Map();
for (const s of p.samples) counts.set(s, (counts.get(s) || 0) + 1);
const total = p.samples.length;
let idle = 0, gc = 0;
for (const [id, c] of counts) {
  const f = byId.get(id).callFrame.functionName;
  if (f === '(idle)') idle += c;
  if (f === '(garbage collector)') gc += c;
}
console.log(`total samples ${total}, idle ${(idle / total).toFixed(3)}, gc ${(gc / total).toFixed(3)}`);
for (const t of targets) {
  const toks = t.split('+').map(s => { const i = s.lastIndexOf(':'); return [s.slice(0, i), s.slice(i + 1)]; });
  const fnToks = toks.filter(([, x]) => !x.startsWith('@'));
  const lineToks = toks.filter(([, x]) => x.startsWith('@')).map(([f, x]) => [f, Number(x.slice(1))]);
  let hit = 0;
  if (fnToks.length) for (const [id, c] of counts) {
    let cur = id, found = false;
    while (cur !== undefined && !found) {
      const cf = byId.get(cur).callFrame;
      for (const [file, fn] of fnToks) if (cf.functionName === fn && (cf.url.endsWith('/' + file) || cf.url === file)) found = true;
      cur = parent.get(cur);
    }
    if (found) hit += c;
  }
  for (const n of p.nodes) for (const [file, line] of lineToks) {
    if (!n.callFrame.url.endsWith('/' + file)) continue;
    for (const pt of n.positionTicks || []) if (pt.line === line) hit += pt.ticks;
  }
  console.log(`${t}\t${(hit / total).toFixed(3)}`);
}
