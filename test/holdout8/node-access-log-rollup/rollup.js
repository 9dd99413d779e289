'use strict';

class EndpointStats {
  constructor(route) {
    this.route = route;
    this.requests = 0;
    this.errors = 0;
    this.bytes = 0;
    this.latencies = [];
    this.visitors = [];
  }

  add(entry) {
    this.requests++;
    if (entry.status >= 500) this.errors++;
    this.bytes += entry.bytes;
    if (entry.responseTime !== null) this.latencies.push(entry.responseTime);
    if (!this.visitors.includes(entry.ip)) this.visitors.push(entry.ip);
  }

  summary() {
    const sorted = this.latencies.slice().sort((a, b) => a - b);
    const pct = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0);
    return {
      route: this.route,
      requests: this.requests,
      errorRate: this.requests ? this.errors / this.requests : 0,
      mbytes: this.bytes / 1e6,
      p50: pct(0.5),
      p95: pct(0.95),
      uniqueVisitors: this.visitors.length,
    };
  }
}

class Rollup {
  constructor() {
    this.byRoute = new Map();
    this.byHour = new Map();
  }

  add(route, entry) {
    let s = this.byRoute.get(route);
    if (!s) this.byRoute.set(route, (s = new EndpointStats(route)));
    s.add(entry);
    const hour = entry.time.slice(0, 13);
    this.byHour.set(hour, (this.byHour.get(hour) || 0) + 1);
  }

  report() {
    return [...this.byRoute.values()].map((s) => s.summary()).sort((a, b) => b.requests - a.requests);
  }
}

module.exports = { Rollup };
