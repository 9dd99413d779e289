'use strict';

// Unit helpers shared by the vendor decoders.
const KNOTS_PER_MS = 1.943844;
const INHG_PER_HPA = 0.0295299830714;

const BEAUFORT = [0.3, 1.6, 3.4, 5.5, 8.0, 10.8, 13.9, 17.2, 20.8, 24.5, 28.5, 32.7];

function beaufort(windMs) {
  let b = 0;
  while (b < BEAUFORT.length && windMs >= BEAUFORT[b]) b++;
  return b;
}

function fahrenheitToC(f) {
  return ((f - 32) * 5) / 9;
}

function clampHumidity(h) {
  if (!Number.isFinite(h)) return NaN;
  return Math.min(100, Math.max(0, h));
}

function roundTo(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

module.exports = { KNOTS_PER_MS, INHG_PER_HPA, beaufort, fahrenheitToC, clampHumidity, roundTo };
