'use strict';

class OutOfGradeError extends Error {
  constructor(cup, reason) {
    super(`cup ${cup}: ${reason}`);
    this.name = 'OutOfGradeError';
    this.cup = cup;
    this.reason = reason;
  }
}

// Marketing standard for dessert apples, by variety: minimum diameter,
// minimum fraction of surface in the variety's blush hue band, maximum total
// blemish area.
const CLASS_I = {
  GAL: { minDiameterMm: 65, minBlush: 0.5, maxBlemishMm2: 40, hueBand: [-6, 24] },
  BRA: { minDiameterMm: 65, minBlush: 0.45, maxBlemishMm2: 40, hueBand: [0, 30] },
  GRS: { minDiameterMm: 68, minBlush: 0.6, maxBlemishMm2: 30, hueBand: [80, 110] },
  PLA: { minDiameterMm: 63, minBlush: 0.55, maxBlemishMm2: 35, hueBand: [-10, 18] },
  FUJ: { minDiameterMm: 70, minBlush: 0.4, maxBlemishMm2: 45, hueBand: [0, 28] },
  COX: { minDiameterMm: 60, minBlush: 0.35, maxBlemishMm2: 40, hueBand: [8, 38] },
};

function colourProfile(hues, band) {
  const histogram = new Array(36).fill(0);
  let inBand = 0;
  let sum = 0;
  for (const h of hues) {
    const bucket = Math.min(35, Math.max(0, Math.floor((h + 60) / 10)));
    histogram[bucket]++;
    if (h >= band[0] && h <= band[1]) inBand++;
    sum += h;
  }
  const mean = sum / hues.length;
  let varSum = 0;
  for (const h of hues) varSum += (h - mean) * (h - mean);
  let mode = 0;
  for (let i = 1; i < histogram.length; i++) if (histogram[i] > histogram[mode]) mode = i;
  return { blush: inBand / hues.length, meanHue: mean, hueSpread: Math.sqrt(varSum / hues.length), modeBucket: mode };
}

const MAP_SIZE = 18;

// Unwraps the hue samples (taken on a ring around the fruit by each camera)
// onto a MAP_SIZE x MAP_SIZE surface map and measures how evenly the blush is
// spread: a streaky or patchy fruit scores a high roughness.
function surfaceUniformity(hues) {
  const n = hues.length;
  const map = new Float32Array(MAP_SIZE * MAP_SIZE);
  for (let y = 0; y < MAP_SIZE; y++) {
    const lat = Math.sin((Math.PI * (y + 0.5)) / MAP_SIZE);
    for (let x = 0; x < MAP_SIZE; x++) {
      const pos = (x / MAP_SIZE) * n;
      const i0 = Math.floor(pos) % n;
      const i1 = (i0 + 1) % n;
      const f = pos - Math.floor(pos);
      const ring = hues[i0] * (1 - f) + hues[i1] * f;
      map[y * MAP_SIZE + x] = ring * lat + hues[(i0 + y) % n] * (1 - lat);
    }
  }
  let rough = 0;
  for (let y = 1; y < MAP_SIZE - 1; y++) {
    for (let x = 1; x < MAP_SIZE - 1; x++) {
      const c = map[y * MAP_SIZE + x];
      const lap = map[(y - 1) * MAP_SIZE + x] + map[(y + 1) * MAP_SIZE + x] + map[y * MAP_SIZE + x - 1] + map[y * MAP_SIZE + x + 1] - 4 * c;
      rough += Math.abs(lap);
    }
  }
  return rough / ((MAP_SIZE - 2) * (MAP_SIZE - 2));
}

function estimateWeightG(diameterMm) {
  // Apple density ~0.82 g/cm3 on an oblate spheroid of the measured diameter.
  const r = diameterMm / 20;
  return Math.round(((4 / 3) * Math.PI * r * r * (r * 0.9) * 0.82) * 10) / 10;
}

function rejectFruit(frame, reason) {
  throw new OutOfGradeError(frame.cup, reason);
}

function assertWithinSpec(frame, spec, colour, blemishMm2) {
  if (frame.diameterMm < spec.minDiameterMm) rejectFruit(frame, `undersize ${frame.diameterMm} mm`);
  if (colour.blush < spec.minBlush) rejectFruit(frame, `colour ${Math.round(colour.blush * 100)}%`);
  if (blemishMm2 > spec.maxBlemishMm2) rejectFruit(frame, `blemish ${blemishMm2} mm2`);
  if (frame.firmness < 6) rejectFruit(frame, `soft ${frame.firmness} kg`);
}

// Grades one fruit. Fruit that misses Class I goes to the processing lane.
function gradeFruit(frame) {
  const spec = CLASS_I[frame.variety];
  const colour = colourProfile(frame.hues, spec.hueBand);
  let blemishMm2 = 0;
  for (const b of frame.blobs) blemishMm2 += b.kind === 'russet' ? b.areaMm2 * 0.5 : b.areaMm2;
  const graded = {
    cup: frame.cup,
    lane: frame.lane,
    lot: frame.lot,
    sticker: frame.sticker,
    variety: frame.variety,
    diameterMm: frame.diameterMm,
    weightG: estimateWeightG(frame.diameterMm),
    blush: Math.round(colour.blush * 100) / 100,
    hueSpread: Math.round(colour.hueSpread * 10) / 10,
    roughness: Math.round(surfaceUniformity(frame.hues) * 100) / 100,
    brix: frame.brix,
    blemishMm2,
    grade: 'I',
    reason: null,
  };
  try {
    assertWithinSpec(frame, spec, colour, blemishMm2);
  } catch (err) {
    if (!(err instanceof OutOfGradeError)) throw err;
    graded.grade = 'processing';
    graded.reason = err.reason;
  }
  return graded;
}

module.exports = { gradeFruit, OutOfGradeError, colourProfile };
