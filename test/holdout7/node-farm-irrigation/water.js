'use strict';

const path = require('path');

const COEFF_PATH = path.join(__dirname, 'crop-coefficients.js');

function cropCoefficients() {
  delete require.cache[COEFF_PATH];
  return require(COEFF_PATH);
}

// Hargreaves reference evapotranspiration, mm/day
function referenceEt(tMin, tMax, radiation) {
  const tMean = (tMin + tMax) / 2;
  return 0.0023 * radiation * (tMean + 17.8) * Math.sqrt(Math.max(tMax - tMin, 0));
}

function cropEt(coeffs, field, weather, day, seasonLength) {
  const crop = coeffs[field.crop];
  const kc = crop.stages[coeffs.stageFor(day, seasonLength)];
  return { etc: kc * referenceEt(weather.tMin, weather.tMax, weather.radiation), crop };
}

// Hourly drainage/uptake simulation across soil layers.
function simulateDay(field, etc, rainMm) {
  const layers = field.layers;
  let drained = 0;
  for (let h = 0; h < 24; h++) {
    const sun = Math.max(0, Math.sin(((h - 6) / 12) * Math.PI));
    let infil = (rainMm / 24) * 0.8;
    for (let l = 0; l < layers.length; l++) {
      const cap = field.soilWaterHoldingMm / layers.length;
      layers[l] += infil - (etc / 24) * sun * (1 - l / layers.length);
      infil = 0;
      if (layers[l] > cap) { infil = (layers[l] - cap) * 0.6; layers[l] = cap; }
      if (layers[l] < 0) layers[l] = 0;
    }
    drained += infil;
  }
  return drained;
}

function updateBalance(field, etc, rainMm, crop) {
  const taw = field.soilWaterHoldingMm * crop.rootDepthM;
  const raw = taw * crop.allowableDepletion;
  const drained = simulateDay(field, etc, rainMm);
  field.depletionMm = Math.max(0, field.depletionMm + etc - rainMm * 0.8 + drained * 0.05);
  let irrigateMm = 0;
  if (field.depletionMm > raw) {
    irrigateMm = field.depletionMm;
    field.depletionMm = 0;
  }
  return { taw, raw, irrigateMm };
}

module.exports = { cropCoefficients, cropEt, updateBalance, referenceEt };
