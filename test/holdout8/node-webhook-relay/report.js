'use strict';

// In-memory delivery history used by the admin dashboard.
const history = [];

function recordDelivery(tenantId, event, status, latencyMs) {
  history.push({ tenantId, event, status, latencyMs, at: Date.now() });
}

function percentile(sorted, p) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function buildDeliveryReport() {
  const byTenant = new Map();
  for (const h of history) {
    let t = byTenant.get(h.tenantId);
    if (!t) byTenant.set(h.tenantId, (t = { latencies: [], failures: 0, events: {} }));
    t.latencies.push(h.latencyMs);
    if (h.status >= 400) t.failures++;
    t.events[h.event] = (t.events[h.event] || 0) + 1;
  }
  const tenants = [];
  for (const [id, t] of byTenant) {
    const sorted = t.latencies.sort((a, b) => a - b);
    const histogram = new Array(50).fill(0);
    for (const l of sorted) histogram[Math.min(49, Math.floor(l / 2))]++;
    tenants.push({ id, count: sorted.length, failures: t.failures, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), histogram, events: t.events });
  }
  const all = history.map((h) => h.latencyMs).sort((a, b) => a - b);
  const slowest = history
    .slice()
    .sort((a, b) => b.latencyMs - a.latencyMs || a.tenantId.localeCompare(b.tenantId))
    .slice(0, 25);
  return { deliveries: history.length, p50: percentile(all, 0.5), p99: percentile(all, 0.99), tenants, slowest };
}

module.exports = { recordDelivery, buildDeliveryReport };
