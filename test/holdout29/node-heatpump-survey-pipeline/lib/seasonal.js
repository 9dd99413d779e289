'use strict';
// Hour-by-hour seasonal performance estimate (MCS-style bin method, simplified).

const HOURS = 8760;

function outdoorTemperatureYear(meanC, swingC) {
  const temps = new Float64Array(HOURS);
  for (let h = 0; h < HOURS; h++) {
    const day = h / 24;
    const seasonal = -Math.cos((2 * Math.PI * (day - 15)) / 365) * swingC;
    const diurnal = -Math.cos((2 * Math.PI * (h % 24 - 3)) / 24) * 3;
    temps[h] = meanC + seasonal + diurnal;
  }
  return temps;
}

const CLIMATE_CACHE = new Map();

function climateFor(region) {
  let temps = CLIMATE_CACHE.get(region);
  if (!temps) {
    const mean = 8.5 + (region.charCodeAt(0) % 7) * 0.4;
    temps = outdoorTemperatureYear(mean, 6 + (region.length % 3));
    CLIMATE_CACHE.set(region, temps);
  }
  return temps;
}

function estimateSeasonalPerformance(property, designExternalC, unitKw) {
  const temps = climateFor(property.region || 'M');
  const indoor = 20;
  const lossPerK = property.totalW / Math.max(indoor - designExternalC, 1);
  let heatWh = 0;
  let elecWh = 0;
  for (let h = 0; h < HOURS; h++) {
    const outside = temps[h];
    if (outside >= 15.5) continue;
    const demandW = lossPerK * (indoor - outside);
    const flow = 25 + ((property.flowTempC - 25) * (indoor - outside)) / Math.max(indoor - designExternalC, 1);
    const lift = flow + 5 - (outside - 6);
    const carnot = (flow + 273.15 + 5) / Math.max(lift, 10);
    const cop = Math.max(1.3, 0.45 * carnot * (outside < 5 && outside > -2 ? 0.9 : 1));
    const delivered = Math.min(demandW, unitKw * 1000);
    const backup = demandW - delivered;
    heatWh += demandW;
    elecWh += delivered / cop + backup;
  }
  return { heatKwh: heatWh / 1000, elecKwh: elecWh / 1000, scop: heatWh / Math.max(elecWh, 1) };
}

module.exports = { estimateSeasonalPerformance };
