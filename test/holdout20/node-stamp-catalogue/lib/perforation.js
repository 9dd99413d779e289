'use strict';

const { createRng } = require('./rng');

// Scanned edge profile of a stamp's top margin (brightness along 20 mm, 0.02 mm steps);
// perforation holes show as dark troughs.
const SAMPLES = 1000;
const MM_PER_SAMPLE = 0.02;

function perfToPitchMm(perf) {
  if (perf === 'imperf') return 0;
  const gauge = parseFloat(perf.replace('½', '.5'));
  return 20 / gauge;
}

function scanEdge(item, perf, seed) {
  const rng = createRng(seed);
  const pitch = perfToPitchMm(perf);
  const profile = new Float64Array(SAMPLES);
  const offset = rng.next() * (pitch || 1);
  for (let i = 0; i < SAMPLES; i++) {
    const mm = i * MM_PER_SAMPLE;
    const base = pitch ? Math.cos(((mm + offset) / pitch) * 2 * Math.PI) : 1;
    profile[i] = 0.6 + 0.35 * base + (rng.next() - 0.5) * 0.18 - (item.faults === 'short perf' && i % 97 === 0 ? 0.3 : 0);
  }
  return profile;
}

// Counts troughs in the smoothed profile to measure the gauge (holes per 20 mm).
function measureGauge(profile) {
  const smooth = new Float64Array(profile.length);
  const k = 7;
  let acc = 0;
  for (let i = 0; i < profile.length; i++) {
    acc += profile[i];
    if (i >= k) acc -= profile[i - k];
    smooth[i] = acc / Math.min(i + 1, k);
  }
  let troughs = 0;
  let first = -1;
  let last = -1;
  let below = false;
  for (let i = 0; i < smooth.length; i++) {
    if (!below && smooth[i] < 0.45) {
      below = true;
      troughs++;
      if (first < 0) first = i;
      last = i;
    } else if (below && smooth[i] > 0.75) {
      below = false;
    }
  }
  if (troughs < 2) return 0;
  const spanMm = (last - first) * MM_PER_SAMPLE;
  return Math.round(((troughs - 1) / spanMm) * 20 * 2) / 2;
}

function checkPerforation(entry, item, seed) {
  const measured = measureGauge(scanEdge(item, entry.perf, seed));
  const expected = entry.perf === 'imperf' ? 0 : parseFloat(entry.perf.replace('½', '.5'));
  return { measured, expected, matches: Math.abs(measured - expected) <= 0.5 };
}

module.exports = { checkPerforation };
