'use strict';
// Nightly latency report: per-endpoint distribution, robust spread, trend, daily seasonality
// strength, bootstrap confidence interval of the median, and an SLO burn summary.

const { generateSeries, uniformSource } = require('./series');
const S = require('./stats');

const ENDPOINTS = 64;
const MINUTES = 7 * 1440;
const PROBS = Float64Array.of(0.5, 0.9, 0.95, 0.99, 0.999);
const SLO_MS = 400;
const BOOTSTRAP_ROUNDS = 100;

function analyse(series, uniform, scratch) {
  const { values } = series;
  const n = values.length;
  const sorted = scratch.sorted;
  sorted.set(values);
  sorted.sort();
  const q = S.quantilesSorted(sorted, PROBS, new Float64Array(PROBS.length));
  const { mean, variance } = S.meanAndVariance(values);
  const mad = S.medianAbsoluteDeviation(sorted, q[0], scratch.work);
  const smooth = S.ewma(values, 0.05, scratch.smooth);
  const trend = S.linearTrend(smooth);
  const daily = S.autocorrelation(values, mean, variance, 1440);
  const hourly = S.autocorrelation(values, mean, variance, 60);
  const hist = S.histogramLog(values, 64, 1, 5000, scratch.hist);
  const ci = S.bootstrapMedianInterval(values, BOOTSTRAP_ROUNDS, uniform, scratch.work, scratch.medians);
  let breaches = 0;
  for (let i = 0; i < n; i++) if (values[i] > SLO_MS) breaches++;
  let mode = 0;
  for (let b = 1; b < hist.length; b++) if (hist[b] > hist[mode]) mode = b;
  return {
    id: series.id, p50: q[0], p99: q[3], p999: q[4], mean, sd: Math.sqrt(variance), mad,
    slopePerDay: trend.slope * 1440, daily, hourly, modeBin: mode, medianCi: ci, sloBurn: breaches / n,
  };
}

function main() {
  const series = generateSeries(ENDPOINTS, MINUTES, 1337);
  const uniform = uniformSource(4242);
  const scratch = {
    sorted: new Float64Array(MINUTES), work: new Float64Array(MINUTES), smooth: new Float64Array(MINUTES),
    hist: new Uint32Array(64), medians: new Float64Array(BOOTSTRAP_ROUNDS),
  };
  const rows = series.map((s) => analyse(s, uniform, scratch));
  rows.sort((a, b) => b.sloBurn - a.sloBurn || b.p99 - a.p99);
  const worst = rows.slice(0, 5);
  let ok = rows.length === ENDPOINTS;
  for (const r of rows) if (!(r.p50 <= r.p99 && r.medianCi.low <= r.medianCi.high && Number.isFinite(r.slopePerDay))) ok = false;
  if (!ok || worst.length !== 5) {
    process.stderr.write('clean-stats: inconsistent report\n');
    process.exitCode = 1;
  }
}

main();
