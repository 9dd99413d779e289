'use strict';

class SiteRollup {
  constructor() {
    this.series = new Map();
  }

  add(site, reading) {
    const key = site + '|' + reading.sensor;
    let s = this.series.get(key);
    if (!s) {
      s = { count: 0, sum: 0, min: Infinity, max: -Infinity, values: [] };
      this.series.set(key, s);
    }
    s.count++;
    s.sum += reading.value;
    if (reading.value < s.min) s.min = reading.value;
    if (reading.value > s.max) s.max = reading.value;
    s.values.push(reading.value);
  }

  summarize() {
    const out = [];
    for (const [key, s] of this.series) {
      const sorted = Float64Array.from(s.values).sort();
      const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
      let varSum = 0;
      const mean = s.sum / s.count;
      for (const v of s.values) varSum += (v - mean) * (v - mean);
      out.push({ key, count: s.count, mean, p50: q(0.5), p95: q(0.95), p99: q(0.99), stddev: Math.sqrt(varSum / s.count) });
    }
    return out.sort((a, b) => (a.key < b.key ? -1 : 1));
  }
}

function detectAnomalies(readings) {
  // rolling z-score per sensor over the batch
  const bySensor = new Map();
  for (const r of readings) {
    if (!bySensor.has(r.sensor)) bySensor.set(r.sensor, []);
    bySensor.get(r.sensor).push(r.value);
  }
  let anomalies = 0;
  for (const values of bySensor.values()) {
    for (let i = 8; i < values.length; i++) {
      let sum = 0;
      let sq = 0;
      for (let j = i - 8; j < i; j++) { sum += values[j]; sq += values[j] * values[j]; }
      const mean = sum / 8;
      const sd = Math.sqrt(Math.max(1e-9, sq / 8 - mean * mean));
      if (Math.abs(values[i] - mean) / sd > 2.5) anomalies++;
    }
  }
  return anomalies;
}

module.exports = { SiteRollup, detectAnomalies };
