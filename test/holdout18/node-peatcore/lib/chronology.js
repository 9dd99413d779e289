'use strict';

// Linear age-depth model between dated horizons, extrapolated at the base.
function ageAt(dates, depthCm) {
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1], b = dates[i];
    if (depthCm <= b.depthCm) {
      return a.calBP + ((depthCm - a.depthCm) * (b.calBP - a.calBP)) / (b.depthCm - a.depthCm);
    }
  }
  const a = dates[dates.length - 2], b = dates[dates.length - 1];
  return b.calBP + ((depthCm - b.depthCm) * (b.calBP - a.calBP)) / (b.depthCm - a.depthCm);
}

// Carbon stock and apparent rate of carbon accumulation per slice.
function carbonProfile(core, slices) {
  const ordered = [...slices].sort((x, y) => x.topCm - y.topCm);
  let cumulative = 0;
  return ordered.map((s) => {
    const organic = s.lossOnIgnition / 100;
    const carbonDensity = s.dryBulkDensity * organic * 0.5; // g C per cm3
    const stock = carbonDensity * s.thicknessCm * 100; // kg C per m2 (per cm2 column scaled)
    cumulative += stock;
    const years = Math.max(1, ageAt(core.dates, s.topCm + s.thicknessCm) - ageAt(core.dates, s.topCm));
    return {
      topCm: s.topCm,
      ageCalBP: Math.round(ageAt(core.dates, s.topCm)),
      carbonKgM2: stock,
      cumulativeKgM2: cumulative,
      racGm2yr: (stock * 1000) / years,
    };
  });
}

module.exports = { carbonProfile, ageAt };
