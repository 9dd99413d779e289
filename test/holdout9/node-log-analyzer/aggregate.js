'use strict';
const { formatBytes, formatLatency, formatHour } = require('./format');

class TrafficReport {
  constructor() {
    this.routes = new Map();
    this.hours = new Map();
    this.sessionsSeen = [];
    this.slowRequests = [];
  }

  add(entry) {
    let r = this.routes.get(entry.route);
    if (!r) {
      r = { hits: 0, bytes: 0, errors: 0, latencies: [] };
      this.routes.set(entry.route, r);
    }
    r.hits++;
    r.bytes += entry.bytes;
    if (entry.status >= 500) r.errors++;
    if (entry.upstreamSeconds != null) r.latencies.push(entry.upstreamSeconds);

    const hour = formatHour(entry.time);
    this.hours.set(hour, (this.hours.get(hour) || 0) + 1);

    if (!this.sessionsSeen.includes(entry.session)) this.sessionsSeen.push(entry.session);

    if (entry.upstreamSeconds != null && entry.upstreamSeconds > 1.5) {
      this.slowRequests.push({
        when: new Date(entry.time).toISOString(),
        route: entry.route,
        latency: formatLatency(entry.upstreamSeconds),
        size: formatBytes(entry.bytes),
      });
    }
  }

  summary() {
    const rows = [];
    for (const [route, r] of this.routes) {
      r.latencies.sort((a, b) => a - b);
      const p95 = r.latencies[Math.floor(r.latencies.length * 0.95)] ?? null;
      rows.push({ route, hits: r.hits, errorRate: r.errors / r.hits, p95: formatLatency(p95), volume: formatBytes(r.bytes) });
    }
    rows.sort((a, b) => b.hits - a.hits);
    return { rows, uniqueSessions: this.sessionsSeen.length, hours: this.hours.size, slow: this.slowRequests.length };
  }
}

module.exports = { TrafficReport };
