'use strict';

const TARIFF = {
  excessLift: { residual: 6.5, recycling: 0, garden: 4.0, food: 0 },
  contamination: 25.0,
  sideWaste: 12.5,
  overfull: 3.0,
  commercialPerKg: 0.184,
  unpaidGardenLift: 9.75,
};

function parseLiftFeed(csv) {
  const rows = csv.split('\n');
  const header = rows[0].split(',');
  const lifts = new Array(rows.length - 1);
  for (let i = 1; i < rows.length; i++) {
    const cols = rows[i].split(',');
    const rec = {};
    for (let c = 0; c < header.length; c++) rec[header[c]] = cols[c];
    lifts[i - 1] = {
      liftId: rec.lift_id,
      truckId: rec.truck_id,
      tagId: rec.tag_id,
      stream: rec.stream,
      liftedAt: rec.lifted_at,
      grossKg: Number(rec.gross_kg),
      lat: Number(rec.lat),
      lon: Number(rec.lon),
      status: rec.bin_status,
    };
  }
  return lifts;
}

function matchSubscription(subscriptions, tagId) {
  return subscriptions.find((s) => s.tagId === tagId);
}

function snapshotAccount(account) {
  return JSON.parse(JSON.stringify(account));
}

function diffAccount(before, after, lift) {
  const delta = Math.round((after.balance - before.balance) * 100) / 100;
  const newFlags = after.flags.filter((f) => !before.flags.includes(f));
  if (delta === 0 && newFlags.length === 0) return null;
  return { liftId: lift.liftId, accountId: after.accountId, delta, newFlags, at: lift.liftedAt };
}

function applyLiftCharge(account, sub, lift, log) {
  const charges = [];
  sub.liftsThisPeriod++;
  if (lift.stream !== sub.stream) {
    account.wrongStreamLifts = (account.wrongStreamLifts || 0) + 1;
    if (account.wrongStreamLifts === 10) account.flags.push('wrong-stream-review');
  }
  if (sub.liftsThisPeriod > sub.allowancePerPeriod && TARIFF.excessLift[sub.stream] > 0) {
    charges.push({ code: 'EXCESS_LIFT', amount: TARIFF.excessLift[sub.stream] });
  }
  if (sub.stream === 'garden' && sub.paidUntil && lift.liftedAt.slice(0, 10) > sub.paidUntil) {
    charges.push({ code: 'GARDEN_UNPAID', amount: TARIFF.unpaidGardenLift });
  }
  if (lift.status === 'CONTAMINATED') {
    charges.push({ code: 'CONTAMINATION', amount: TARIFF.contamination });
    if (!account.flags.includes('contamination-warning')) account.flags.push('contamination-warning');
  } else if (lift.status === 'SIDE_WASTE') {
    charges.push({ code: 'SIDE_WASTE', amount: TARIFF.sideWaste });
  } else if (lift.status === 'OVERFULL') {
    charges.push({ code: 'OVERFULL', amount: TARIFF.overfull });
  }
  if (account.commercial) {
    charges.push({ code: 'WEIGHT', amount: Math.round(lift.grossKg * TARIFF.commercialPerKg * 100) / 100 });
  }
  for (const ch of charges) account.balance = Math.round((account.balance + ch.amount) * 100) / 100;
  account.recentLifts.push({ liftId: lift.liftId, truckId: lift.truckId, tagId: lift.tagId, kg: lift.grossKg, status: lift.status, charges });
  if (account.recentLifts.length > 3) account.recentLifts.shift();
  log.debug(`applied lift ${lift.liftId} for ${account.accountId}`, { lift, account });
  return charges;
}

function reconcileLifts(lifts, subscriptions, accountsById, log) {
  const result = { matched: 0, unmatched: [], audit: [], gpsMismatches: 0, ledger: new Map(), chargeTotals: new Map(), roundKg: new Map(), streamKg: new Map() };
  for (const lift of lifts) {
    const sub = matchSubscription(subscriptions, lift.tagId);
    if (!sub) {
      result.unmatched.push(lift);
      continue;
    }
    result.matched++;
    const account = accountsById.get(sub.accountId);
    const before = snapshotAccount(account);
    const charges = applyLiftCharge(account, sub, lift, log);
    for (const ch of charges) result.chargeTotals.set(ch.code, (result.chargeTotals.get(ch.code) || 0) + ch.amount);
    result.roundKg.set(sub.round, (result.roundKg.get(sub.round) || 0) + lift.grossKg);
    result.streamKg.set(lift.stream, (result.streamKg.get(lift.stream) || 0) + lift.grossKg);
    const offsetKm = haversineKm(account.lat, account.lon, lift.lat, lift.lon);
    if (offsetKm > 0.025) result.gpsMismatches++;
    let ledger = result.ledger.get(account.accountId);
    if (!ledger) result.ledger.set(account.accountId, (ledger = []));
    for (const ch of charges) ledger.push({ liftId: lift.liftId, date: lift.liftedAt.slice(0, 10), code: ch.code, amount: ch.amount, tagId: sub.tagId });
    const change = diffAccount(before, account, lift);
    if (change) result.audit.push(change);
  }
  return result;
}

function haversineKm(aLat, aLon, bLat, bLon) {
  const r = 6371;
  const dLat = (bLat - aLat) * Math.PI / 180;
  const dLon = (bLon - aLon) * Math.PI / 180;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * Math.PI / 180) * Math.cos(bLat * Math.PI / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(s));
}

function truckDistances(lifts) {
  const byTruck = new Map();
  for (const l of lifts) {
    if (!byTruck.has(l.truckId)) byTruck.set(l.truckId, []);
    byTruck.get(l.truckId).push(l);
  }
  const out = [];
  for (const [truckId, list] of byTruck) {
    list.sort((a, b) => (a.liftedAt < b.liftedAt ? -1 : a.liftedAt > b.liftedAt ? 1 : 0));
    let km = 0;
    for (let i = 1; i < list.length; i++) km += haversineKm(list[i - 1].lat, list[i - 1].lon, list[i].lat, list[i].lon);
    out.push({ truckId, lifts: list.length, km: Math.round(km * 10) / 10 });
  }
  return out.sort((a, b) => a.truckId.localeCompare(b.truckId));
}

function buildStatements(accounts, ledger) {
  const statements = [];
  for (const account of accounts) {
    const entries = ledger.get(account.accountId);
    if (!entries || entries.length === 0) continue;
    entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.code.localeCompare(b.code)));
    const byCode = new Map();
    let text = `STATEMENT ${account.accountId}\n${account.address}\nRound ${account.round}\n`;
    for (const e of entries) {
      byCode.set(e.code, (byCode.get(e.code) || 0) + e.amount);
      text += `${e.date}  ${e.liftId.padEnd(8)} ${e.tagId}  ${e.code.padEnd(14)} ${e.amount.toFixed(2).padStart(8)}\n`;
    }
    for (const [code, amount] of byCode) text += `  subtotal ${code.padEnd(14)} ${amount.toFixed(2).padStart(9)}\n`;
    text += `  TOTAL DUE ${account.balance.toFixed(2).padStart(9)}\n`;
    statements.push(text);
  }
  return statements;
}

module.exports = { parseLiftFeed, reconcileLifts, truckDistances, buildStatements };
