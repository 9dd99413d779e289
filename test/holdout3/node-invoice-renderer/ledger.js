'use strict';

function splitmix(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return ((z ^ (z >>> 15)) >>> 0) / 4294967296;
  };
}

const PLANS = [
  { code: 'starter', monthly: 29, seatPrice: 0, includedGb: 50 },
  { code: 'team', monthly: 99, seatPrice: 12, includedGb: 500 },
  { code: 'business', monthly: 399, seatPrice: 18, includedGb: 2000 },
  { code: 'enterprise', monthly: 1500, seatPrice: 25, includedGb: 10000 },
];
const COUNTRIES = [
  { code: 'US', currency: 'USD', locale: 'en-US', vat: 0 },
  { code: 'DE', currency: 'EUR', locale: 'de-DE', vat: 0.19 },
  { code: 'FR', currency: 'EUR', locale: 'fr-FR', vat: 0.2 },
  { code: 'GB', currency: 'GBP', locale: 'en-GB', vat: 0.2 },
  { code: 'JP', currency: 'JPY', locale: 'ja-JP', vat: 0.1 },
];

function buildLedger(customerCount, seed) {
  const rand = splitmix(seed);
  const customers = new Map();
  const usageByCustomer = new Map();
  for (let i = 0; i < customerCount; i++) {
    const id = 'cus_' + (10000 + i);
    const country = COUNTRIES[Math.floor(rand() * COUNTRIES.length)];
    const plan = PLANS[Math.floor(rand() * PLANS.length)];
    customers.set(id, { id, name: `Customer ${i} GmbH & Co <billing>`, country, plan, seats: 1 + Math.floor(rand() * 80) });
    const usage = [];
    for (let d = 0; d < 30; d++) {
      usage.push({ day: d + 1, storageGb: Math.round(rand() * plan.includedGb * 0.06 * 100) / 100, apiCalls: Math.floor(rand() * 90000) });
    }
    usageByCustomer.set(id, usage);
  }
  return { customers, usageByCustomer };
}

module.exports = { buildLedger };
