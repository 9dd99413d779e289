'use strict';

// Annual herd-book compilation for a cattle breed society: builds the
// register, computes each animal's coefficient of inbreeding, cross-checks
// the ear tags quoted in the remarks and typesets the herd-book volume.
// Output goes to a temporary folder that is removed at the end.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildRegister } = require('./lib/registry');
const { PedigreeCalculator } = require('./lib/pedigree');
const { classifyRemarks } = require('./lib/tagcheck');
const { herdBookEntry } = require('./lib/volume');

const SEED = 4471;

function compileVolume(outDir) {
  const { animals, byTag } = buildRegister(SEED, 8, 4500);
  const pedigree = new PedigreeCalculator(byTag, 5);
  const remarkCounts = { ok: 0, query: 0, 'no-tag': 0 };
  const byHerd = new Map();
  let inbredOver625 = 0;
  for (const animal of animals) {
    const f = pedigree.coefficient(animal);
    if (f > 0.0625) inbredOver625++;
    const status = classifyRemarks(animal);
    remarkCounts[status]++;
    const entry = herdBookEntry(animal, f, status, byTag);
    const entries = byHerd.get(animal.herd) || [];
    byHerd.set(animal.herd, [...entries, entry]);
  }
  let bytes = 0;
  for (const [herd, entries] of [...byHerd].sort((a, b) => a[0].localeCompare(b[0]))) {
    const file = path.join(outDir, `${herd.toLowerCase()}.txt`);
    fs.writeFileSync(file, `${herd.toUpperCase()} HERD\n\n${entries.join('\n\n')}\n`);
    bytes += fs.statSync(file).size;
  }
  return { animals: animals.length, herds: byHerd.size, inbredOver625, remarkCounts, bytes };
}

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herdbook-'));
try {
  const r = compileVolume(outDir);
  console.log(
    `herd book: ${r.animals} animals in ${r.herds} herds, ${r.inbredOver625} with F > 6.25%, ` +
      `remarks ok ${r.remarkCounts.ok} / query ${r.remarkCounts.query} / none ${r.remarkCounts['no-tag']}, ${r.bytes} bytes`
  );
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
