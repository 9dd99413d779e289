'use strict';

const { createRng } = require('./rng');

const VARIETIES = [
  { code: 'GAL', name: 'Gala', hue: 8, diameterMm: 72 },
  { code: 'BRA', name: 'Braeburn', hue: 14, diameterMm: 75 },
  { code: 'GRS', name: 'Granny Smith', hue: 95, diameterMm: 78 },
  { code: 'PLA', name: 'Pink Lady', hue: 4, diameterMm: 70 },
  { code: 'FUJ', name: 'Fuji', hue: 12, diameterMm: 80 },
  { code: 'COX', name: 'Cox', hue: 22, diameterMm: 66 },
];

const HUE_SAMPLES = 16;

// Simulates the optical sorter: every cup on the singulator passes under the
// cameras and produces one frame summary with hue samples and blemish blobs.
function* cameraFrames(seed, count, growers) {
  const rng = createRng(seed);
  for (let i = 0; i < count; i++) {
    const v = rng.pick(VARIETIES);
    const hues = new Array(HUE_SAMPLES);
    const ripeness = rng.range(-1, 1);
    for (let h = 0; h < HUE_SAMPLES; h++) {
      hues[h] = Math.round(v.hue + ripeness * 12 + (rng.next() - 0.5) * 30);
    }
    const blobs = [];
    const nBlobs = rng.next() < 0.7 ? rng.int(0, 1) : rng.int(1, 5);
    for (let b = 0; b < nBlobs; b++) {
      blobs.push({ areaMm2: Math.round(rng.range(2, 60)), kind: rng.pick(['bruise', 'scab', 'russet', 'hail', 'stem-puncture']) });
    }
    const grower = rng.pick(growers);
    yield {
      cup: i,
      lane: i % 8,
      lot: `${grower.code}-${v.code}-${String(1 + (i % 37)).padStart(2, '0')}`,
      sticker: `${v.code}${rng.int(10, 99)}-${grower.code}`,
      variety: v.code,
      diameterMm: Math.round((v.diameterMm + rng.range(-14, 14)) * 10) / 10,
      weightG: 0,
      hues,
      blobs,
      firmness: Math.round(rng.range(5, 9.5) * 10) / 10,
      brix: Math.round(rng.range(9, 16) * 10) / 10,
    };
  }
}

function growerList() {
  const names = ['Ashcombe', 'Brook Farm', 'Colyton', 'Dunmere', 'Eastwell', 'Fernhill', 'Gidleigh', 'Holloway'];
  return names.map((name, i) => ({ code: `G${String(i + 1).padStart(2, '0')}`, name }));
}

module.exports = { cameraFrames, growerList, VARIETIES };
