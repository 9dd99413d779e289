'use strict';
// Interim close: average daily balances, interest accrual, FX revaluation into the reporting
// currency, cost-centre consolidation and a liquidity forecast for the clearing account.

const { splitmix } = require('./book');

const DAY_MS = 86400000;
const BASE_RATES = { EUR: 1, USD: 0.92, GBP: 1.17, CHF: 1.04 };

function dailyRates(days, seed) {
  const rand = splitmix(seed);
  const table = {};
  for (const [ccy, base] of Object.entries(BASE_RATES)) {
    const series = new Float64Array(days);
    let r = base;
    for (let d = 0; d < days; d++) {
      if (ccy !== 'EUR') r *= 1 + (rand() - 0.5) * 0.01;
      series[d] = r;
    }
    table[ccy] = series;
  }
  return table;
}

function dailyBalances(postings, periodStart, days, kind) {
  const moves = new Float64Array(days);
  for (const p of postings) {
    const d = Math.floor((p.ts - periodStart) / DAY_MS);
    if (d < 0 || d >= days) continue;
    const signed = p.side === 'D' ? p.amountCents : -p.amountCents;
    moves[d] += (kind === 'asset' || kind === 'expense') ? signed : -signed;
  }
  const balances = new Float64Array(days);
  let run = 0;
  for (let d = 0; d < days; d++) { run += moves[d]; balances[d] = run; }
  return balances;
}

function forecastLiquidity(balances, days, paths, horizon, seed) {
  let mean = 0;
  for (let d = 1; d < days; d++) mean += balances[d] - balances[d - 1];
  mean /= Math.max(1, days - 1);
  let variance = 0;
  for (let d = 1; d < days; d++) variance += (balances[d] - balances[d - 1] - mean) ** 2;
  const sigma = Math.sqrt(variance / Math.max(1, days - 2));
  const rand = splitmix(seed);
  const finals = new Float64Array(paths);
  const troughs = new Float64Array(paths);
  for (let p = 0; p < paths; p++) {
    let level = balances[days - 1];
    let trough = level;
    for (let h = 0; h < horizon; h++) {
      const u1 = rand() || 1e-12, u2 = rand();
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      level += mean + sigma * z;
      if (level < trough) trough = level;
    }
    finals[p] = level;
    troughs[p] = trough;
  }
  finals.sort();
  troughs.sort();
  const q = (arr, x) => arr[Math.min(arr.length - 1, Math.floor(x * arr.length))];
  return { p05: q(finals, 0.05), p50: q(finals, 0.5), p95: q(finals, 0.95), worstTroughP01: q(troughs, 0.01) };
}

function closePeriod(ledger, periodStart, days, clearingId) {
  const rates = dailyRates(days, days * 101);
  const byCentre = new Map();
  let interestCents = 0;
  let revaluationCents = 0;
  for (const account of ledger.accounts.values()) {
    const balances = dailyBalances(ledger.postings.get(account.id), periodStart, days, account.kind);
    let sum = 0;
    for (let d = 0; d < days; d++) sum += balances[d];
    const average = sum / days;
    if (account.kind === 'asset' || account.kind === 'liability') {
      let accrued = 0;
      const annual = account.kind === 'asset' ? 0.021 : 0.043;
      for (let d = 0; d < days; d++) accrued += balances[d] * (annual / 360);
      interestCents += Math.round(accrued);
    }
    const series = rates[account.currency];
    const closingEur = balances[days - 1] * series[days - 1];
    const bookedEur = average * series[0];
    revaluationCents += Math.round(closingEur - bookedEur);
    const key = `${account.tags.costCentre}/${account.tags.region}`;
    const centre = byCentre.get(key) || { averageEur: 0, closingEur: 0, accounts: 0 };
    centre.averageEur += average * series[0];
    centre.closingEur += closingEur;
    centre.accounts += 1;
    byCentre.set(key, centre);
  }
  const clearing = dailyBalances(ledger.postings.get(clearingId), periodStart, days, 'asset');
  const liquidity = forecastLiquidity(clearing, days, 24000, 90, days * 7);
  const centres = [...byCentre.entries()].sort((a, b) => b[1].closingEur - a[1].closingEur).slice(0, 10)
    .map(([key, c]) => ({ key, closingEur: Math.round(c.closingEur), averageEur: Math.round(c.averageEur), accounts: c.accounts }));
  return { interestCents, revaluationCents, liquidity, centres };
}

module.exports = { closePeriod };
