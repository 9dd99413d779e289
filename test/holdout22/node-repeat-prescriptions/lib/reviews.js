'use strict';

const { DAY_MS } = require('./store');

// Medication review worklist for the practice pharmacist: items past their
// review date, ordered by a risk score that weighs how overdue the review is,
// how many issues are left and how irregularly the patient has been ordering.
function overdueReviewReport(store, now, limit = 100) {
  const rows = [];
  const byArea = new Map();
  for (const patient of store.patients.values()) {
    const age = new Date(now).getUTCFullYear() - patient.birthYear;
    for (const item of patient.items) {
      const product = store.productByCode.get(item.productCode);
      let gaps = 0;
      let gapSq = 0;
      let supplied = 0;
      for (let h = 1; h < item.history.length; h++) {
        const gapDays = (item.history[h - 1].date - item.history[h].date) / DAY_MS;
        gaps += gapDays;
        gapSq += gapDays * gapDays;
        supplied += item.history[h].quantity;
      }
      const n = Math.max(1, item.history.length - 1);
      const meanGap = gaps / n;
      const variance = Math.max(0, gapSq / n - meanGap * meanGap);
      const spanDays = Math.max(1, (item.history[0].date - item.history[item.history.length - 1].date) / DAY_MS);
      const adherence = item.perDay > 0 ? Math.min(2, supplied / (spanDays * item.perDay)) : 1;
      const overdueDays = (now - item.reviewDue) / DAY_MS;
      const risk = Math.max(0, overdueDays) / 30
        + (item.issuesAllowed - item.issuesUsed <= 1 ? 2 : 0)
        + Math.sqrt(variance) / Math.max(1, item.daysSupply)
        + Math.abs(1 - adherence) * 3
        + (age >= 75 ? 1 : 0)
        + (product.area === 'anticoagulant' ? 2 : 0);
      const area = byArea.get(product.area) || { items: 0, overdue: 0, riskTotal: 0 };
      area.items += 1;
      area.riskTotal += risk;
      if (overdueDays > 0) {
        area.overdue += 1;
        rows.push({
          patientId: patient.id,
          name: patient.name,
          itemId: item.itemId,
          product: product.name,
          overdueDays: Math.round(overdueDays),
          adherence: Math.round(adherence * 100) / 100,
          risk: Math.round(risk * 100) / 100,
        });
      }
      byArea.set(product.area, area);
    }
  }
  rows.sort((a, b) => b.risk - a.risk || b.overdueDays - a.overdueDays || a.itemId.localeCompare(b.itemId));
  return {
    generatedAt: new Date(now).toISOString(),
    overdueItems: rows.length,
    byArea: Object.fromEntries([...byArea].sort().map(([k, v]) => [k, { items: v.items, overdue: v.overdue, meanRisk: Math.round((v.riskTotal / v.items) * 100) / 100 }])),
    worklist: rows.slice(0, limit),
  };
}

module.exports = { overdueReviewReport };
