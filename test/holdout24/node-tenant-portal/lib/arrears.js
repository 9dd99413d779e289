'use strict';

const { roundPence } = require('./money');

const BUCKETS = [
  { label: '0-30', max: 30 },
  { label: '31-60', max: 60 },
  { label: '61-90', max: 90 },
  { label: '90+', max: Infinity },
];

function ageDebt(ledger, asOf) {
  // First-in-first-out allocation of payments against charges.
  const charges = [];
  let credit = 0;
  for (const entry of ledger) {
    if (entry.kind === 'charge') charges.push({ date: entry.date, left: entry.amount });
    else credit += entry.amount;
  }
  charges.sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const c of charges) {
    if (credit <= 0) break;
    const used = Math.min(credit, c.left);
    c.left -= used;
    credit -= used;
  }
  const aged = [0, 0, 0, 0];
  const asOfMs = Date.parse(asOf);
  for (const c of charges) {
    if (c.left <= 0.005) continue;
    const days = (asOfMs - Date.parse(c.date)) / 86400000;
    const idx = BUCKETS.findIndex((b) => days <= b.max);
    aged[idx] += c.left;
  }
  return aged.map(roundPence);
}

function blockArrears(tenancies, block, asOf) {
  const totals = [0, 0, 0, 0];
  const accounts = [];
  for (const t of tenancies) {
    if (t.block !== block) continue;
    const aged = ageDebt(t.ledger, asOf);
    const owed = aged.reduce((a, b) => a + b, 0);
    if (owed > 0) accounts.push({ ref: t.ref, unit: t.unit, owed: roundPence(owed), aged });
    for (let i = 0; i < 4; i++) totals[i] += aged[i];
  }
  accounts.sort((a, b) => b.owed - a.owed);
  return {
    block,
    asOf,
    buckets: BUCKETS.map((b, i) => ({ band: b.label, amount: roundPence(totals[i]) })),
    worst: accounts.slice(0, 10),
    accountsInArrears: accounts.length,
  };
}

module.exports = { blockArrears, ageDebt };
