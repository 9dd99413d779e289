'use strict';

class LatencyMetrics {
  constructor() {
    this.byMethod = new Map();
  }

  observe(method, ms) {
    let m = this.byMethod.get(method);
    if (!m) {
      m = { count: 0, total: 0, max: 0, samples: [] };
      this.byMethod.set(method, m);
    }
    m.count++;
    m.total += ms;
    if (ms > m.max) m.max = ms;
    if (m.samples.length < 20000) m.samples.push(ms);
  }

  report() {
    const out = {};
    for (const [method, m] of this.byMethod) {
      const sorted = m.samples.slice().sort((a, b) => a - b);
      const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
      out[method] = {
        count: m.count,
        meanMs: +(m.total / m.count).toFixed(3),
        p50Ms: +pct(0.5).toFixed(3),
        p99Ms: +pct(0.99).toFixed(3),
        maxMs: +m.max.toFixed(3),
      };
    }
    return out;
  }
}

module.exports = { LatencyMetrics };
