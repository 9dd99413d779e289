'use strict';
const { createRng } = require('./rng');
const { FUNDS, ACCOUNTS } = require('./chart');

// Generates the year's nominal ledger postings, as exported from the finance system.
function generateLedger(count, seed) {
  const rng = createRng(seed);
  const postings = new Array(count);
  const incomeAccounts = ACCOUNTS.filter((a) => a.sofa.startsWith('income'));
  const costAccounts = ACCOUNTS.filter((a) => a.sofa.startsWith('expenditure'));
  for (let i = 0; i < count; i++) {
    const income = rng.next() < 0.55;
    const account = income ? rng.pick(incomeAccounts) : rng.pick(costAccounts);
    const fund = rng.next() < 0.6 ? FUNDS[0] : rng.pick(FUNDS);
    const month = rng.int(0, 11);
    const size = rng.next();
    const amount = Math.round((size < 0.9 ? 5 + size * 200 : 200 + size * size * 20000) * 100);
    postings[i] = {
      id: i + 1,
      month,
      account: account.code,
      fund: fund.code,
      costCentre: 100 + rng.int(0, 24),
      pence: income ? amount : -amount,
    };
  }
  return postings;
}

module.exports = { generateLedger };
