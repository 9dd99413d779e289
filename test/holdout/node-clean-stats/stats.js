'use strict';
// Descriptive and robust statistics over Float64Array samples.

function quantilesSorted(sorted, probs, out) {
  const n = sorted.length;
  for (let i = 0; i < probs.length; i++) {
    const h = (n - 1) * probs[i];
    const lo = Math.floor(h);
    const hi = Math.min(n - 1, lo + 1);
    out[i] = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
  return out;
}

function meanAndVariance(values) {
  // Welford
  let mean = 0, m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - mean;
    mean += d / (i + 1);
    m2 += d * (values[i] - mean);
  }
  return { mean, variance: values.length > 1 ? m2 / (values.length - 1) : 0 };
}

function medianAbsoluteDeviation(sorted, median, scratch) {
  for (let i = 0; i < sorted.length; i++) scratch[i] = Math.abs(sorted[i] - median);
  scratch.sort();
  const n = sorted.length;
  return n % 2 ? scratch[(n - 1) >> 1] : 0.5 * (scratch[n / 2 - 1] + scratch[n / 2]);
}

function ewma(values, alpha, out) {
  let level = values[0];
  for (let i = 0; i < values.length; i++) {
    level = alpha * values[i] + (1 - alpha) * level;
    out[i] = level;
  }
  return out;
}

function autocorrelation(values, mean, variance, lag) {
  let acc = 0;
  for (let i = lag; i < values.length; i++) acc += (values[i] - mean) * (values[i - lag] - mean);
  return acc / ((values.length - lag) * variance);
}

function linearTrend(values) {
  const n = values.length;
  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let i = 0; i < n; i++) {
    sx += i; sy += values[i]; sxx += i * i; sxy += i * values[i];
  }
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return { slope, intercept: (sy - slope * sx) / n };
}

function histogramLog(values, bins, lo, hi, counts) {
  counts.fill(0);
  const l0 = Math.log(lo), span = Math.log(hi) - l0;
  for (let i = 0; i < values.length; i++) {
    let b = Math.floor(((Math.log(values[i]) - l0) / span) * bins);
    if (b < 0) b = 0; else if (b >= bins) b = bins - 1;
    counts[b] += 1;
  }
  return counts;
}

// Hoare-partition quickselect on a scratch copy: k-th smallest.
function select(values, k) {
  let left = 0, right = values.length - 1;
  while (right > left) {
    const pivot = values[(left + right) >> 1];
    let i = left, j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) { const t = values[i]; values[i] = values[j]; values[j] = t; i++; j--; }
    }
    if (k <= j) right = j; else if (k >= i) left = i; else return values[k];
  }
  return values[k];
}

function bootstrapMedianInterval(values, rounds, uniform, scratch, medians) {
  const n = values.length;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) scratch[i] = values[Math.floor(uniform() * n)];
    medians[r] = select(scratch, n >> 1);
  }
  medians.sort();
  return { low: medians[Math.floor(rounds * 0.025)], high: medians[Math.floor(rounds * 0.975)] };
}

module.exports = {
  quantilesSorted, meanAndVariance, medianAbsoluteDeviation, ewma, autocorrelation, linearTrend,
  histogramLog, bootstrapMedianInterval,
};
