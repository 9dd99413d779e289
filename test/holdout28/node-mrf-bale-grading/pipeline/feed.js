'use strict';

const { MATERIAL_CENTROIDS } = require('./materials');

const MATERIALS = Object.keys(MATERIAL_CENTROIDS);
const MEAN_GRAMS = { PET: 28, HDPE: 45, PP: 22, PS: 9, FILM: 6, CARD: 60, PAPER: 18, ALU: 14, STEEL: 48, GLASS: 310 };

function buildProducerRegister(rand, count) {
  const producers = [];
  const seen = new Set();
  while (producers.length < count) {
    const len = 7 + Math.floor(rand() * 3);
    let prefix = String(50 + Math.floor(rand() * 10));
    while (prefix.length < len) prefix += Math.floor(rand() * 10);
    if (seen.has(prefix)) continue;
    seen.add(prefix);
    producers.push({ producerId: `DRS${String(producers.length).padStart(5, '0')}`, gs1Prefix: prefix, drsMaterials: rand() < 0.5 ? ['PET', 'ALU'] : ['PET', 'ALU', 'GLASS'] });
  }
  return producers;
}

function* sorterFrames(rand, producers, count, lines) {
  let t = Date.UTC(2024, 8, 2, 5, 30, 0);
  for (let i = 0; i < count; i++) {
    t += 5 + Math.floor(rand() * 20);
    const line = `L${1 + (i % lines)}`;
    const r = rand();
    if (r < 0.27) {
      yield `${t}|${line}|HB|seq=${i}`;
      continue;
    }
    if (r < 0.33) {
      yield `${t}|${line}|CAL|white=${(0.95 + rand() * 0.04).toFixed(3)}|dark=${(0.02 + rand() * 0.01).toFixed(3)}`;
      continue;
    }
    if (r < 0.355) {
      yield `${t}|${line}|OBJ|${i}|||`;
      continue;
    }
    const material = MATERIALS[Math.floor(rand() * MATERIALS.length)];
    const centroid = MATERIAL_CENTROIDS[material];
    const noise = 0.02 + (rand() < 0.08 ? 0.09 : 0);
    const spectrum = centroid.map((v) => Math.max(0, Math.min(1, v + (rand() - 0.5) * 2 * noise)).toFixed(4)).join(',');
    const grams = (MEAN_GRAMS[material] * (0.6 + rand() * 0.8)).toFixed(1);
    let barcode = '';
    if ((material === 'PET' || material === 'ALU' || material === 'GLASS') && rand() < 0.7) {
      const p = producers[Math.floor(rand() * producers.length)];
      barcode = p.gs1Prefix;
      while (barcode.length < 13) barcode += Math.floor(rand() * 10);
    }
    const soiled = rand() < 0.05 ? 1 : 0;
    yield `${t}|${line}|OBJ|${i}|${spectrum}|${grams}|${barcode}|${soiled}`;
  }
}

module.exports = { buildProducerRegister, sorterFrames };
