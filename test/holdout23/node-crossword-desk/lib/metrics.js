'use strict';

function routeKey(method, url) {
  const path = url.split('?')[0];
  const parts = path.split('/');
  if (parts[2] === 'puzzles' && parts[3]) parts[3] = ':id';
  return `${method} ${parts.join('/')}`;
}

class Metrics {
  constructor() {
    this.routes = new Map();
  }

  observe(method, url, status, startedNs) {
    const key = routeKey(method, url);
    let m = this.routes.get(key);
    if (!m) {
      m = { count: 0, errors: 0, latencies: [] };
      this.routes.set(key, m);
    }
    m.count++;
    if (status >= 400) m.errors++;
    m.latencies.push(Number(process.hrtime.bigint() - startedNs) / 1e6);
  }

  summary() {
    const rows = [];
    for (const [route, m] of this.routes) {
      const sorted = m.latencies.slice().sort((a, b) => a - b);
      const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
      rows.push({ route, count: m.count, errors: m.errors, p50: q(0.5), p95: q(0.95), p99: q(0.99) });
    }
    return rows.sort((a, b) => b.count - a.count);
  }
}

module.exports = { Metrics };
