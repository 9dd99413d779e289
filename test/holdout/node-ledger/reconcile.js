'use strict';
// Matches a bank feed against the ledger's open items of a clearing account.

function reconcileFeed(bankLines, openItems, toleranceCents) {
  const settled = [];
  const report = { matched: 0, ambiguous: 0, unmatched: 0, differenceCents: 0 };
  for (const line of bankLines) {
    const candidates = openItems.filter((item) => item.reference === line.reference);
    let best = null;
    let bestGap = Infinity;
    for (const item of candidates) {
      if (settled.indexOf(item.id) !== -1) continue;
      const gap = Math.abs(item.amountCents - line.amountCents);
      if (gap <= toleranceCents && gap < bestGap) { best = item; bestGap = gap; }
    }
    if (best) {
      settled.push(best.id);
      report.matched += 1;
      report.differenceCents += bestGap;
      if (candidates.length > 1) report.ambiguous += 1;
    } else {
      report.unmatched += 1;
    }
  }
  return report;
}

module.exports = { reconcileFeed };
