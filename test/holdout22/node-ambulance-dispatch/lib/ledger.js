'use strict';

const { CATEGORIES } = require('./triage');

function percentile(sorted, p) {
  if (!sorted.length) return 0;
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)];
}

// Collects finished incidents and produces the end-of-shift performance report.
class ResponseLedger {
  constructor() {
    this.byCategory = new Map();
    this.byDistrict = new Map();
    this.byDeterminant = new Map();
    this.conveyances = new Map();
    this.closed = 0;
    this.assigned = 0;
  }

  record(incident) {
    this.assigned += 1;
    const minutes = incident.responseMinutes;
    if (!this.byCategory.has(incident.category)) this.byCategory.set(incident.category, []);
    this.byCategory.get(incident.category).push(minutes);
    const district = incident.location.district;
    if (!this.byDistrict.has(district)) this.byDistrict.set(district, { count: 0, cat12: [], findings: new Map() });
    const d = this.byDistrict.get(district);
    d.count += 1;
    if (incident.category <= 2) d.cat12.push(minutes);
    for (const f of incident.findings) d.findings.set(f.code, (d.findings.get(f.code) || 0) + 1);
    this.byDeterminant.set(incident.determinant, (this.byDeterminant.get(incident.determinant) || 0) + 1);
    if (incident.conveyedTo) this.conveyances.set(incident.conveyedTo, (this.conveyances.get(incident.conveyedTo) || 0) + 1);
  }

  recordClosed() {
    this.closed += 1;
  }

  report(fleet, shiftMs) {
    const lines = [];
    lines.push(`incidents attended: ${this.assigned}, duplicate calls linked: ${this.closed}`);
    lines.push('category  count   mean   p90  target(mean/p90)  met');
    for (const cat of [...this.byCategory.keys()].sort()) {
      const times = this.byCategory.get(cat).slice().sort((a, b) => a - b);
      const mean = times.reduce((s, t) => s + t, 0) / times.length;
      const p90 = percentile(times, 90);
      const target = CATEGORIES[cat];
      const met = mean <= target.meanTarget && p90 <= target.p90Target ? 'yes' : 'no';
      lines.push(`C${cat}        ${String(times.length).padStart(5)} ${mean.toFixed(1).padStart(6)} ${p90.toFixed(1).padStart(5)}  ${String(target.meanTarget).padStart(7)}/${target.p90Target}          ${met}`);
    }
    lines.push('district        incidents  C1/C2 median  top finding');
    for (const [district, d] of [...this.byDistrict].sort((a, b) => b[1].count - a[1].count)) {
      const cat12 = d.cat12.slice().sort((a, b) => a - b);
      const top = [...d.findings].sort((a, b) => b[1] - a[1])[0];
      lines.push(`${district.padEnd(15)} ${String(d.count).padStart(9)}  ${percentile(cat12, 50).toFixed(1).padStart(12)}  ${top ? top[0] : '-'}`);
    }
    const busiest = fleet.units.slice().sort((a, b) => b.busyMs - a.busyMs).slice(0, 5);
    lines.push('busiest units: ' + busiest.map((u) => `${u.callSign} ${(100 * u.busyMs / shiftMs).toFixed(0)}%`).join(', '));
    lines.push('conveyances: ' + [...this.conveyances].map(([h, n]) => `${h} ${n}`).join(', '));
    return lines.join('\n');
  }
}

module.exports = { ResponseLedger };
