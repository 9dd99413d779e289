// usage: node measure-node.js <cpuprofile> <file.js> <functionName> [<file.js> <fn> ...]
// prints inclusive CPU share of samples whose stack passes through file:function
const fs = require('fs');
const [prof, ...rest] = process.argv.slice(2);
const p = JSON.parse(fs.readFileSync(prof, 'utf8'));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const total = p.samples.length;
let idle = 0;
for (const s of p.samples) if (byId.get(s).callFrame.functionName === '(idle)') idle++;
console.log(`samples=${total} idle=${idle}`);
for (let i = 0; i < rest.length; i += 2) {
  const file = rest[i], fn = rest[i + 1];
  const match = n => (n.callFrame.url || '').endsWith('/' + file) && n.callFrame.functionName === fn;
  const memo = new Map();
  const passes = id => {
    if (memo.has(id)) return memo.get(id);
    const n = byId.get(id); let r = match(n);
    if (!r && parent.has(id)) r = passes(parent.get(id));
    memo.set(id, r); return r;
  };
  let hit = 0;
  for (const s of p.samples) if (passes(s)) hit++;
  console.log(`${file}:${fn} share=${(hit / total).toFixed(4)} (non-idle ${(hit / (total - idle)).toFixed(4)})`);
}
