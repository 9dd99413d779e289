'use strict';

// Simple fault detection rules run over calibrated readings: sensors stuck at one value,
// implausibly fast changes, and meters running backwards.
const ALPHA = 0.2;

function detectFaults(readings, limitsByTag, trends, faults) {
  for (const r of readings) {
    let t = trends.get(r.tag);
    if (!t) {
      t = { ewma: r.value, variance: 0, last: r.value, lastEpoch: r.epoch, flat: 0, window: new Float64Array(16), cursor: 0, filled: 0 };
      trends.set(r.tag, t);
    }
    const dtMin = Math.max(1, (r.epoch - t.lastEpoch) / 60000);
    const delta = r.value - t.ewma;
    t.ewma += ALPHA * delta;
    t.variance = (1 - ALPHA) * (t.variance + ALPHA * delta * delta);
    t.window[t.cursor] = r.value;
    t.cursor = (t.cursor + 1) & 15;
    if (t.filled < 16) t.filled += 1;
    let mean = 0;
    for (let i = 0; i < t.filled; i++) mean += t.window[i];
    mean /= t.filled;
    let spread = 0;
    for (let i = 0; i < t.filled; i++) spread += (t.window[i] - mean) ** 2;
    spread = Math.sqrt(spread / t.filled);
    if (r.unit === 'kWh' && r.value < t.last - 0.01) faults.push({ tag: r.tag, ts: r.ts, rule: 'meter-reversal' });
    else if (r.unit !== 'kWh' && t.filled === 16 && spread < 1e-6) t.flat += 1;
    else t.flat = 0;
    if (t.flat === 30) faults.push({ tag: r.tag, ts: r.ts, rule: 'stuck-sensor' });
    const rate = Math.abs(r.value - t.last) / dtMin;
    const sigma = Math.sqrt(t.variance);
    if (r.unit !== 'kWh' && t.filled === 16 && sigma > 0 && rate > 6 * sigma + (limitsByTag.get(r.tag).high - limitsByTag.get(r.tag).low) * 0.1) {
      faults.push({ tag: r.tag, ts: r.ts, rule: 'step-change', rate: Math.round(rate * 100) / 100 });
    }
    t.last = r.value;
    t.lastEpoch = r.epoch;
  }
}

module.exports = { detectFaults };
