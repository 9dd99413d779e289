'use strict';

const CATEGORY_FACTOR = { adult: 1, child: 0.5, infant: 0, senior: 0.8, student: 0.85 };
const VEHICLE_FACTOR = { car: 1.8, van: 2.6, motorcycle: 0.6, bicycle: 0.15, camper: 3.4 };
const VEHICLE_LANE_METERS = { car: 5, van: 7, motorcycle: 2.5, bicycle: 1, camper: 9 };

const departureFormats = new Map();

function round2(x) {
  return Math.round(x * 100) / 100;
}

function passengerCategory(p) {
  if (p.age < 4) return 'infant';
  if (p.age < 16) return 'child';
  if (p.age >= 65) return 'senior';
  if (p.student) return 'student';
  return 'adult';
}

function formatMoney(amount, currency, locale) {
  const nf = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return nf.format(amount);
}

function formatDeparture(date, route) {
  let fmt = departureFormats.get(route.code);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(route.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: route.tz });
    departureFormats.set(route.code, fmt);
  }
  return fmt.format(date);
}

function demandMultiplier(sailing) {
  const load = sailing.paxBooked / sailing.paxCapacity;
  const lanes = sailing.laneBooked / sailing.laneCapacity;
  const hoursOut = (sailing.departs.getTime() - Date.UTC(2024, 5, 1)) / 3600000;
  const earlyBird = hoursOut > 240 ? 0.92 : 1;
  return earlyBird * (1 + 0.6 * load * load + 0.25 * lanes);
}

function quoteFare(route, sailing, party) {
  const demand = demandMultiplier(sailing);
  const lines = [];
  const add = (kind, label, amount) => {
    const a = round2(amount);
    lines.push({ kind, label, amount: a, display: formatMoney(a, route.currency, route.locale) });
    return a;
  };
  let subtotal = 0;
  for (const p of party.passengers) {
    const cat = passengerCategory(p);
    subtotal += add('passenger', `${cat} ${p.name}`, route.base * CATEGORY_FACTOR[cat] * demand);
  }
  if (party.vehicle) {
    const v = party.vehicle;
    const lengthSurcharge = v.length > 6 ? (v.length - 6) * route.base * 0.2 : 0;
    subtotal += add('vehicle', `${v.type} ${v.plate}`, route.base * VEHICLE_FACTOR[v.type] * demand + lengthSurcharge);
  }
  if (party.cabin && sailing.cabins > 0) {
    subtotal += add('cabin', `cabin ${party.cabin}`, route.base * (party.cabin === 'suite' ? 4 : 1.6));
  }
  const paying = party.passengers.filter((p) => p.age >= 4).length;
  subtotal += add('fee', 'port fees', route.portFee * paying);
  const vat = round2(subtotal * route.vat);
  const total = round2(subtotal + vat);
  return {
    route: route.code,
    sailing: sailing.id,
    departs: formatDeparture(sailing.departs, route),
    currency: route.currency,
    lines,
    subtotal: round2(subtotal),
    subtotalDisplay: formatMoney(subtotal, route.currency, route.locale),
    vat,
    vatDisplay: formatMoney(vat, route.currency, route.locale),
    total,
    totalDisplay: formatMoney(total, route.currency, route.locale),
  };
}

function fromPrices(route, sailing) {
  const demand = demandMultiplier(sailing);
  const out = {};
  out.adult = formatMoney(round2(route.base * demand), route.currency, route.locale);
  out.car = formatMoney(round2(route.base * VEHICLE_FACTOR.car * demand), route.currency, route.locale);
  return out;
}

module.exports = { quoteFare, fromPrices, formatDeparture, passengerCategory, VEHICLE_LANE_METERS };
