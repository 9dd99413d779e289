'use strict';

const TAXA = ['Sphagnum', 'Calluna', 'Eriophorum', 'Betula', 'Pinus', 'Quercus', 'Alnus', 'Corylus',
  'Poaceae', 'Cyperaceae', 'Ulmus', 'Tilia', 'Plantago lanceolata', 'Pteridium'];
const SITES = ['Flanders Moss', 'Thorne Moors', 'Migneint', 'Cors Fochno', 'Fenn\'s Moss', 'Glasson Moss',
  'Exmoor Chains', 'Dartmoor Raybarrow', 'Forsinard Flows', 'Malham Tarn Moss'];

// Cores are logged in the field with a few radiocarbon-dated horizons;
// slices arrive from the lab as they are processed.
function plannedCores(rng, count) {
  const cores = [];
  for (let i = 0; i < count; i++) {
    const depthCm = rng.int(180, 600);
    const dates = [{ depthCm: 0, calBP: -70 }];
    let age = 0;
    for (let d = 50; d < depthCm; d += rng.int(40, 90)) {
      age += rng.int(300, 1100);
      dates.push({ depthCm: d, calBP: age });
    }
    cores.push({ coreId: `PC${String(i + 1).padStart(4, '0')}`, site: rng.pick(SITES), depthCm, dates });
  }
  return cores;
}

function sliceMeasurement(rng, core, topCm) {
  const counts = {};
  let remaining = 300 + rng.int(0, 200);
  for (const t of TAXA) {
    const n = Math.min(remaining, Math.floor(rng.next() * remaining * 0.35));
    if (n > 0) counts[t] = n;
    remaining -= n;
  }
  const scan = Buffer.alloc(2048);
  for (let i = 0; i < scan.length; i += 4) scan.writeUInt32LE((rng.next() * 0xffffffff) >>> 0, i);
  return {
    sampleCode: `${core.coreId}-${String(topCm).padStart(4, '0')}`,
    topCm,
    thicknessCm: 2,
    dryBulkDensity: +(0.05 + rng.next() * 0.15).toFixed(4),
    lossOnIgnition: +(70 + rng.next() * 29).toFixed(2),
    pollen: counts,
    scan: scan.toString('base64'),
  };
}

module.exports = { plannedCores, sliceMeasurement, TAXA };
