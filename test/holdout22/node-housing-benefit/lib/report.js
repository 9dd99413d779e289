'use strict';

function percentile(sorted, p) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

class CaseloadReport {
  constructor() {
    this.byWard = new Map();
    this.byLandlord = new Map();
    this.outcomes = new Map();
    this.awards = [];
    this.changes = [];
  }

  add(assessment) {
    this.outcomes.set(assessment.outcome, (this.outcomes.get(assessment.outcome) || 0) + 1);
    const ward = this.byWard.get(assessment.ward) || { claims: 0, weekly: 0 };
    ward.claims += 1;
    ward.weekly += assessment.weeklyAward;
    this.byWard.set(assessment.ward, ward);
    const landlord = this.byLandlord.get(assessment.landlord) || { claims: 0, weekly: 0 };
    landlord.claims += 1;
    landlord.weekly += assessment.weeklyAward;
    this.byLandlord.set(assessment.landlord, landlord);
    if (assessment.weeklyAward > 0) this.awards.push(assessment.weeklyAward);
    this.changes.push({ ref: assessment.ref, delta: assessment.weeklyAward - assessment.previousAward });
  }

  render() {
    const out = [];
    const awards = this.awards.slice().sort((a, b) => a - b);
    const totalWeekly = awards.reduce((s, x) => s + x, 0);
    out.push(`outcomes: ${[...this.outcomes].map(([k, v]) => `${k}=${v}`).join(' ')}`);
    out.push(`weekly caseload cost £${totalWeekly.toFixed(2)}, median award £${percentile(awards, 50).toFixed(2)}, p90 £${percentile(awards, 90).toFixed(2)}`);
    out.push('ward               claims   weekly £   avg £');
    for (const [ward, w] of [...this.byWard].sort((a, b) => b[1].weekly - a[1].weekly)) {
      out.push(`${ward.padEnd(18)} ${String(w.claims).padStart(6)} ${w.weekly.toFixed(2).padStart(10)} ${(w.weekly / w.claims).toFixed(2).padStart(7)}`);
    }
    out.push('landlord type      claims   weekly £');
    for (const [type, l] of [...this.byLandlord].sort()) {
      out.push(`${type.padEnd(18)} ${String(l.claims).padStart(6)} ${l.weekly.toFixed(2).padStart(10)}`);
    }
    const changes = this.changes.slice().sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.ref.localeCompare(b.ref));
    const up = this.changes.filter((c) => c.delta > 0.005).length;
    const down = this.changes.filter((c) => c.delta < -0.005).length;
    out.push(`awards up: ${up}, down: ${down}; largest changes: ${changes.slice(0, 5).map((c) => `${c.ref} ${c.delta >= 0 ? '+' : ''}${c.delta.toFixed(2)}`).join(', ')}`);
    return out.join('\n');
  }
}

module.exports = { CaseloadReport };
