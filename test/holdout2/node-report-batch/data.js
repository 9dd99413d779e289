'use strict';
// Deterministic ledger: customers and their transactions for one quarter.

function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const REGIONS = ['north', 'south', 'east', 'west', 'central'];
const COUNTRIES = [['DE', 'de-DE', 'EUR'], ['FR', 'fr-FR', 'EUR'], ['GB', 'en-GB', 'GBP'],
  ['US', 'en-US', 'USD'], ['CH', 'de-CH', 'CHF'], ['SE', 'sv-SE', 'SEK']];
const PRODUCTS = ['licence', 'support', 'training', 'hosting', 'consulting', 'hardware'];

function generateLedger({ customers: nCustomers, transactions: nTx, seed = 42 }) {
  const rand = lcg(seed);
  const customers = [];
  for (let i = 0; i < nCustomers; i++) {
    const [country, locale, currency] = COUNTRIES[Math.floor(rand() * COUNTRIES.length)];
    customers.push({
      id: `C${(100000 + i * 7).toString(36).toUpperCase()}`,
      name: `Customer ${i}`,
      region: REGIONS[i % REGIONS.length],
      country, locale, currency,
      contract: rand() < 0.18 ? { discountPct: 5 + Math.floor(rand() * 15) } : null,
    });
  }
  const start = Date.UTC(2024, 0, 1);
  const transactions = [];
  for (let i = 0; i < nTx; i++) {
    const c = customers[Math.floor(Math.pow(rand(), 1.3) * nCustomers)];
    const items = [];
    for (let k = 0, n = 1 + Math.floor(rand() * 4); k < n; k++) {
      items.push({
        product: PRODUCTS[Math.floor(rand() * PRODUCTS.length)],
        quantity: 1 + Math.floor(rand() * 12),
        unitPrice: Math.round((20 + rand() * 900) * 100) / 100,
      });
    }
    transactions.push({
      id: i + 1,
      customerId: c.id,
      items,
      bookedAt: start + Math.floor(rand() * 90 * 86400000),
      // A few rows from the upstream export are broken.
      amountText: rand() < 0.03 ? 'n/a' : null,
    });
  }
  return { customers, transactions };
}

module.exports = { generateLedger };
