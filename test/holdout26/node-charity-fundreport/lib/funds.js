'use strict';
const { FUNDS, ACCOUNTS } = require('./chart');

// Builds the statement of financial activities by fund, monthly trends and cost centre totals.
function analyseLedger(postings, openingBalances) {
  const accountByCode = new Map(ACCOUNTS.map((a) => [a.code, a]));
  const fundIndex = new Map(FUNDS.map((f, i) => [f.code, i]));
  const sofaLines = [...new Set(ACCOUNTS.map((a) => a.sofa))];
  const sofaIndex = new Map(sofaLines.map((s, i) => [s, i]));
  const sofa = sofaLines.map(() => new Float64Array(FUNDS.length));
  const monthly = FUNDS.map(() => new Float64Array(12));
  const centres = new Map();
  const largest = [];
  for (const p of postings) {
    const f = fundIndex.get(p.fund);
    const account = accountByCode.get(p.account);
    sofa[sofaIndex.get(account.sofa)][f] += p.pence;
    monthly[f][p.month] += p.pence;
    let c = centres.get(p.costCentre);
    if (!c) { c = { income: 0, spend: 0, count: 0 }; centres.set(p.costCentre, c); }
    if (p.pence > 0) c.income += p.pence; else c.spend -= p.pence;
    c.count++;
    if (Math.abs(p.pence) >= 1500000) largest.push(p);
  }
  largest.sort((a, b) => Math.abs(b.pence) - Math.abs(a.pence));
  const closing = FUNDS.map((fund, i) => {
    let movement = 0;
    for (let m = 0; m < 12; m++) movement += monthly[i][m];
    return { fund, opening: openingBalances[fund.code], movement, closing: openingBalances[fund.code] + movement };
  });
  return { sofaLines, sofa, monthly, centres, largest: largest.slice(0, 50), closing };
}

// Restricted funds may not go into deficit: transfers from the general fund cover any shortfall.
function fundTransfers(closing) {
  const transfers = [];
  const general = closing.find((c) => c.fund.code === 'GEN');
  for (const c of closing) {
    if (c.fund.type === 'restricted' && c.closing < 0) {
      transfers.push({ from: 'GEN', to: c.fund.code, pence: -c.closing });
      general.closing += c.closing;
      c.closing = 0;
    }
  }
  return transfers;
}

module.exports = { analyseLedger, fundTransfers };
