'use strict';

const { COST_HEADS } = require('./expenditure');

const HEADS_BY_CODE = new Map(COST_HEADS.map((h) => [h.code, h]));

function scheduleIdFor(head, blockId) {
  if (head.schedule === 'estate' || head.schedule === 'parking') return head.schedule;
  return `${head.schedule}:${blockId}`;
}

// Totals the ledger per (cost head, schedule) pool, excluding disputed invoices.
function poolExpenditure(invoices) {
  const pools = new Map();
  let disputed = 0;
  for (const inv of invoices) {
    if (inv.disputed) { disputed += inv.netPence + inv.vatPence; continue; }
    const head = HEADS_BY_CODE.get(inv.head);
    const key = `${inv.head}|${scheduleIdFor(head, inv.block)}`;
    let pool = pools.get(key);
    if (!pool) {
      pool = { head: inv.head, scheduleId: scheduleIdFor(head, inv.block), pence: 0, invoices: 0 };
      pools.set(key, pool);
    }
    pool.pence += inv.netPence + inv.vatPence;
    pool.invoices += 1;
  }
  return { pools: [...pools.values()], disputed };
}

// Splits each pool across the schedule's units to the penny using largest remainders,
// so the apportioned amounts always add back to the pool total.
function apportion(pools, schedules) {
  const perUnit = new Map();
  for (const pool of pools) {
    const members = schedules.get(pool.scheduleId);
    const exact = members.map((m) => pool.pence * m.share);
    const floors = exact.map(Math.floor);
    let remainder = pool.pence - floors.reduce((a, b) => a + b, 0);
    const order = exact.map((v, i) => [v - floors[i], i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (let k = 0; k < order.length && remainder > 0; k++, remainder--) floors[order[k][1]] += 1;
    for (let i = 0; i < members.length; i++) {
      let lines = perUnit.get(members[i].unitId);
      if (!lines) { lines = new Map(); perUnit.set(members[i].unitId, lines); }
      lines.set(pool.head, (lines.get(pool.head) || 0) + floors[i]);
    }
  }
  return perUnit;
}

module.exports = { poolExpenditure, apportion, HEADS_BY_CODE };
