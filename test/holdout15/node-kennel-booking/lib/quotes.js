'use strict';
const { sizeClassForWeight, DAY_MS } = require('./inventory');

const NIGHTLY_RATE_GBP = { toy: 24, small: 28, medium: 33, large: 39, giant: 46 };
const FX_FROM_GBP = { GBP: 1, EUR: 1.17, USD: 1.27, CHF: 1.12, SEK: 13.4 };
const SPECIES_FACTOR = { dog: 1, cat: 0.8, rabbit: 0.6, ferret: 0.65, 'guinea-pig': 0.5 };
const ADDON_PRICES_GBP = {
  extraWalk: 6.5,
  grooming: 22,
  medication: 4,
  webcam: 3,
  playgroup: 8,
};
const BANK_HOLIDAYS = new Set(['2024-12-25', '2024-12-26', '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25']);

function round2(x) {
  return Math.round(x * 100) / 100;
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

const nightFormatters = new Map();

function nightFormatter(locale) {
  let fmt = nightFormatters.get(locale);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    nightFormatters.set(locale, fmt);
  }
  return fmt;
}

function formatLineItem(item, locale, currency) {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const nightLabel = nightFormatter(locale).format(item.date);
  const parts = [nightLabel, item.label, money.format(item.amount)];
  if (item.surcharge) parts.push(`(+${money.format(item.surcharge)})`);
  return parts.join(' \u2013 ');
}

function buildQuote(req, medications) {
  const checkIn = new Date(`${req.checkIn}T12:00:00Z`);
  const checkOut = new Date(`${req.checkOut}T12:00:00Z`);
  const sizeClass = req.species === 'dog' ? sizeClassForWeight(req.weightKg) : 'small';
  const fx = FX_FROM_GBP[req.currency];
  const base = NIGHTLY_RATE_GBP[sizeClass] * (SPECIES_FACTOR[req.species.toLowerCase()] || 1);
  const items = [];
  let subtotal = 0;
  for (let t = checkIn.getTime(); t < checkOut.getTime(); t += DAY_MS) {
    const date = new Date(t);
    const dow = date.getUTCDay();
    let surcharge = 0;
    if (dow === 5 || dow === 6) surcharge += base * 0.15;
    if (BANK_HOLIDAYS.has(isoDay(date))) surcharge += base * 0.5;
    let amount = round2(base * fx);
    const extras = [];
    for (const addon of req.addons || []) {
      const price = ADDON_PRICES_GBP[addon];
      if (!price) continue;
      amount += round2(price * fx);
      extras.push(addon);
    }
    if (medications.length) {
      amount += round2(ADDON_PRICES_GBP.medication * medications.length * fx);
      extras.push(`medication x${medications.length}`);
    }
    const label = extras.length ? `${sizeClass} run + ${extras.join(', ')}` : `${sizeClass} run`;
    items.push({ date, label, amount: round2(amount), surcharge: round2(surcharge * fx) });
    subtotal += amount + round2(surcharge * fx);
  }
  const nights = Math.round((checkOut - checkIn) / DAY_MS);
  const discount = nights >= 14 ? 0.1 : nights >= 7 ? 0.05 : 0;
  const total = round2(subtotal * (1 - discount));
  const vat = round2(total - total / 1.2);
  return {
    sizeClass,
    nights,
    discount,
    total,
    vat,
    lines: items.map((it) => formatLineItem(it, req.locale, req.currency)),
  };
}

module.exports = { buildQuote };
