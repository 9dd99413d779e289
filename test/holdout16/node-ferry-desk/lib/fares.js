'use strict';

// Fare rules for the island routes. Amounts are held in pence throughout and
// only turned into display strings at the edge.

const PASSENGER_FACTORS = {
  adult: 1,
  child: 0.5,
  senior: 0.7,
  infant: 0,
};

const VEHICLE_TARIFF = {
  none: 0,
  bicycle: 0,
  motorcycle: 1.6,
  car5: 3.9, // up to 5m
  car6: 4.8, // 5-6m
  van: 6.4,
  campervan: 8.8,
};

const PEAK_MONTHS = new Set([5, 6, 7]); // June, July, August (0-based)

function seasonFactor(departsMs) {
  const d = new Date(departsMs);
  if (PEAK_MONTHS.has(d.getUTCMonth())) return 1.15;
  const dow = d.getUTCDay();
  return dow === 5 || dow === 6 ? 1.05 : 1;
}

function roundPence(x) {
  return Math.round(x / 10) * 10;
}

function formatMoney(pence, currency = 'GBP') {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(pence / 100);
}

function quoteLines(route, sailing, party, vehicle) {
  const season = seasonFactor(sailing.departs);
  const lines = [];
  for (const kind of Object.keys(PASSENGER_FACTORS)) {
    const n = party[kind] || 0;
    if (!n) continue;
    const unit = roundPence(route.baseFare * PASSENGER_FACTORS[kind] * season);
    lines.push({ label: `${n} x ${kind}`, pence: unit * n });
  }
  const vf = VEHICLE_TARIFF[vehicle || 'none'];
  if (vf === undefined) {
    const err = new Error(`unknown vehicle type ${vehicle}`);
    err.status = 400;
    throw err;
  }
  if (vf > 0) {
    lines.push({ label: vehicle, pence: roundPence(route.baseFare * vf * season) });
  }
  return lines;
}

function quote(route, sailing, party, vehicle) {
  const lines = quoteLines(route, sailing, party, vehicle);
  const total = lines.reduce((s, l) => s + l.pence, 0);
  return {
    lines: lines.map((l) => ({ label: l.label, pence: l.pence, display: formatMoney(l.pence) })),
    totalPence: total,
    total: formatMoney(total),
  };
}

function priceParty(route, sailing, party, vehicle) {
  return quoteLines(route, sailing, party, vehicle).reduce((s, l) => s + l.pence, 0);
}

function cheapestFrom(route, sailing, party, vehicle) {
  const lines = quoteLines(route, sailing, party, vehicle);
  const total = lines.reduce((s, l) => s + l.pence, 0);
  return { pence: total, display: formatMoney(total) };
}

function partySize(party) {
  return (party.adult || 0) + (party.child || 0) + (party.senior || 0) + (party.infant || 0);
}

function needsCarLane(vehicle) {
  return vehicle && vehicle !== 'none' && vehicle !== 'bicycle';
}

module.exports = { quote, priceParty, cheapestFrom, partySize, needsCarLane, formatMoney, VEHICLE_TARIFF };
