'use strict';

// On-account demands were raised against last year's budget; the year-end
// reconciliation compares them with the actual apportioned cost.
function budgetFor(unit, headCodes, seedFactor) {
  const budget = new Map();
  for (const code of headCodes) {
    const base = unit.areaSqm * (code === 'INS' ? 420 : code === 'LFT' ? (unit.floor > 0 ? 190 : 0) : code === 'GAT' ? (unit.parking ? 90 : 0) : 200);
    budget.set(code, Math.round(base * seedFactor));
  }
  return budget;
}

function reconcile(units, perUnit, headCodes, reserveRatePence) {
  const results = [];
  for (const unit of units) {
    const actual = perUnit.get(unit.id) || new Map();
    const budget = budgetFor(unit, headCodes, 1 + ((unit.areaSqm % 7) - 3) / 100);
    const lines = [];
    let actualTotal = 0;
    let budgetTotal = 0;
    for (const code of headCodes) {
      const a = actual.get(code) || 0;
      const b = budget.get(code) || 0;
      if (a === 0 && b === 0) continue;
      lines.push({ code, actual: a, budget: b, variance: a - b });
      actualTotal += a;
      budgetTotal += b;
    }
    const reserve = Math.round(unit.areaSqm * reserveRatePence);
    const paid = budgetTotal + reserve;
    const balance = actualTotal + reserve - paid;
    results.push({ unit, lines, actualTotal, budgetTotal, reserve, paid, balance });
  }
  return results;
}

module.exports = { reconcile };
