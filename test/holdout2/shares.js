'use strict';
// Measures, in a recorded profile, the inclusive share of samples whose stack
// passes through a given function (optionally at a given file), using only
// hotpath's importer. Usage: node shares.js <profile> <spec> ...  (spec: file:function | file@line, joined by +)
//   node shares.js --top <profile>   prints the heaviest functions (inclusive)
const fs = require('node:fs');
const { importProfile } = require('/work/main/libs/profile');

function load(path) {
  const p = importProfile(new Uint8Array(fs.readFileSync(path)));
  const T = p.sampleTypes.length;
  const ti = p.defaultSampleType ?? (T - 1);
  const { samples } = p;
  const rows = [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = samples.values[i * T + ti];
    const j = samples.stack[i];
    const locs = samples.stacks.locations.subarray(samples.stacks.start[j], samples.stacks.start[j + 1]);
    const frames = [];
    for (const id of locs) {
      for (const ln of p.locations[id - 1].lines) {
        const f = p.functions[ln.functionId - 1];
        frames.push({ name: p.strings[f.name], file: p.strings[f.filename], line: ln.line });
      }
    }
    rows.push({ v, frames });
    total += v;
  }
  return { p, rows, total, type: p.sampleTypes[ti] };
}

// spec: "file:function" (a frame of that function) or "file@line" (a frame at
// that line of that file; for JFR, of a method of the class named like the file); several joined with "+" count a sample once.
function matcher(one) {
  const at = one.indexOf('@');
  if (at >= 0) {
    const file = one.slice(0, at);
    const line = Number(one.slice(at + 1));
    // JFR frames carry no file: "Class.java@13" also matches methods of Class.
    const cls = file.endsWith('.java') ? file.slice(file.lastIndexOf('/') + 1, -5) + '.' : null;
    return (f) => f.line === line && (f.file ? f.file.endsWith(file) : cls !== null && f.name.startsWith(cls));
  }
  const [file, fn] = one.split(':');
  return (f) => f.name === fn && (!file || f.file.endsWith(file));
}

function share(loaded, spec) {
  const ms = spec.split('+').map(matcher);
  let s = 0;
  for (const r of loaded.rows) {
    if (r.frames.some((f) => ms.some((m) => m(f)))) s += r.v;
  }
  return s / loaded.total;
}

module.exports = { load, share };

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === '--top') {
    const L = load(args[1]);
    const incl = new Map();
    for (const r of L.rows) {
      const seen = new Set();
      for (const f of r.frames) {
        const k = `${f.file.split('/').slice(-2).join('/')}:${f.name}`;
        if (seen.has(k)) continue;
        seen.add(k);
        incl.set(k, (incl.get(k) || 0) + r.v);
      }
    }
    console.log(`${L.p.format} ${L.type.type}/${L.type.unit} total=${L.total} samples=${L.rows.length}`);
    [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(args[2] || 40))
      .forEach(([k, v]) => console.log((100 * v / L.total).toFixed(1).padStart(6), k));
  } else {
    const L = load(args[0]);
    for (const spec of args.slice(1)) console.log((100 * share(L, spec)).toFixed(1).padStart(6) + '%', spec);
  }
}
