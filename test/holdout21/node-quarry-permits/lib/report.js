'use strict';

// Renders the charge schedule that is printed on the permit: one line per
// borehole with the charge mass written out in the site's locale.
function chargeSchedule(plan, locale) {
  const lines = [];
  let total = 0;
  for (const hole of plan.holes) {
    const mass = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 }).format(hole.chargeKg);
    total += hole.chargeKg;
    lines.push(`${hole.ref.padEnd(12)} ${hole.explosive.padEnd(10)} ${mass.padStart(10)} @${hole.delayMs}ms depth ${hole.depthM.toFixed(1)}m`);
  }
  return { lines, totalKg: Math.round(total * 10) / 10 };
}

function summarise(assessment) {
  return assessment.findings.map((f) => ({
    structure: f.id,
    kind: f.kind,
    ppvMmS: Math.round(f.ppv * 100) / 100,
    limitMmS: f.limit,
    distanceM: Math.round(f.distanceM),
  }));
}

module.exports = { chargeSchedule, summarise };
