'use strict';

function mean(values) {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return values.length ? s / values.length : 0;
}

function stddev(values, m) {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += (values[i] - m) * (values[i] - m);
  return values.length > 1 ? Math.sqrt(s / (values.length - 1)) : 0;
}

class RollingWindow {
  constructor(spanMs) {
    this.spanMs = spanMs;
    this.items = [];
  }

  ingest(reading) {
    const cutoff = reading.tsMs - this.spanMs;
    this.items = this.items.concat([reading]).filter((r) => r.tsMs > cutoff);
    const weights = this.items.filter((r) => !r.lidOpen && !r.scaleFault).map((r) => r.netGrams);
    const temps = this.items.map((r) => r.broodC);
    const freqs = this.items.map((r) => r.acousticHz);
    const steps = weights.slice(1).map((w, i) => w - weights[i]);
    const weightMean = mean(weights);
    const tempMean = mean(temps);
    return {
      samples: this.items.length,
      weightMean,
      weightSd: stddev(weights, weightMean),
      weightChange: weights.length > 1 ? weights[weights.length - 1] - weights[0] : 0,
      largestDrop: steps.length ? Math.min(...steps) : 0,
      tempMean,
      tempSd: stddev(temps, tempMean),
      acousticMean: mean(freqs),
    };
  }
}

module.exports = { RollingWindow };
