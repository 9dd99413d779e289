'use strict';

// Monthly income volatility and a least-squares trend per fund for the trustees' reserves review.
function trend(series) {
  const n = series.length;
  let sx = 0; let sy = 0; let sxy = 0; let sxx = 0;
  for (let i = 0; i < n; i++) { sx += i; sy += series[i]; sxy += i * series[i]; sxx += i * i; }
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return { slope, intercept: (sy - slope * sx) / n };
}

function volatility(series) {
  const mean = series.reduce((a, b) => a + b, 0) / series.length;
  const variance = series.reduce((a, b) => a + (b - mean) * (b - mean), 0) / series.length;
  return Math.sqrt(variance);
}

// Bootstrap estimate of months of reserves cover under resampled monthly net movements.
function reservesCover(monthlyNet, balance, rng, trials) {
  const covers = new Float64Array(trials);
  for (let t = 0; t < trials; t++) {
    let cash = balance;
    let months = 0;
    while (cash > 0 && months < 120) {
      cash += monthlyNet[Math.floor(rng.next() * monthlyNet.length)] - Math.abs(balance) * 0.02;
      months++;
    }
    covers[t] = months;
  }
  covers.sort();
  return { p10: covers[Math.floor(trials * 0.1)], median: covers[Math.floor(trials * 0.5)], p90: covers[Math.floor(trials * 0.9)] };
}

module.exports = { trend, volatility, reservesCover };
