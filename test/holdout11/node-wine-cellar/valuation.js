'use strict';

// Indicative market multipliers by region and age; applied to the purchase price.
const REGION_TREND = {
  Bordeaux: 0.045, Burgundy: 0.085, Champagne: 0.05, Piedmont: 0.06, Tuscany: 0.04, Mosel: 0.05, Rioja: 0.03,
  Douro: 0.03, Barossa: 0.025, Sauternes: 0.02, Loire: 0.03, Provence: 0.02, Nahe: 0.035, Wachau: 0.03,
  'Santa Cruz Mountains': 0.04, Marlborough: 0.005,
};
const FX = { EUR: 1, GBP: 0.86, USD: 1.08, CHF: 0.97 };

function marketValue(bottle, year) {
  const age = Math.max(0, year - bottle.vintage);
  const trend = REGION_TREND[bottle.region] || 0.02;
  const sizeFactor = bottle.sizeMl === 750 ? 1 : (bottle.sizeMl / 750) * (bottle.sizeMl > 750 ? 1.15 : 0.9);
  let value = bottle.purchasePrice * sizeFactor * Math.pow(1 + trend, Math.min(age, 40));
  if (year > bottle.drinkTo) value *= Math.max(0.4, 1 - (year - bottle.drinkTo) * 0.06);
  return value;
}

// Intl formatters are expensive to build, so keep one per locale/currency pair.
const moneyFormats = new Map();
function moneyFormat(locale, currency) {
  const key = `${locale}|${currency}`;
  let fmt = moneyFormats.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
    moneyFormats.set(key, fmt);
  }
  return fmt;
}

function valueCellar(cellar, { year, locale }) {
  const fmt = moneyFormat(locale, cellar.currency);
  const rate = FX[cellar.currency];
  const byRegion = new Map();
  let total = 0;
  let cost = 0;
  for (const b of cellar.bottles.values()) {
    if (b.quantity === 0) continue;
    const v = marketValue(b, year) * b.quantity * rate;
    total += v;
    cost += b.purchasePrice * b.quantity * rate;
    const r = byRegion.get(b.region) || { region: b.region, bottles: 0, value: 0 };
    r.bottles += b.quantity;
    r.value += v;
    byRegion.set(b.region, r);
  }
  const regions = [...byRegion.values()].sort((a, b) => b.value - a.value);
  return {
    currency: cellar.currency,
    total: fmt.format(total),
    gain: fmt.format(total - cost),
    regions: regions.map((r) => ({ region: r.region, bottles: r.bottles, value: fmt.format(r.value) })),
  };
}

module.exports = { valueCellar, marketValue };
