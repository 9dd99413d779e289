'use strict';
// Deterministic in-memory reference data for the invoice service.

function makeRng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'SEK'];
const LOCALES = ['en-US', 'de-DE', 'en-GB', 'ja-JP', 'fr-CH', 'sv-SE'];

function buildCatalog(seed = 42) {
  const rnd = makeRng(seed);
  const products = [];
  for (let i = 0; i < 400; i++) {
    products.push({
      sku: 'SKU-' + String(10000 + i),
      name: 'Item ' + i,
      unitPrice: Math.round(rnd() * 50000) / 100,
      taxRate: [0, 0.07, 0.19, 0.2][i % 4],
    });
  }
  const customers = [];
  for (let i = 0; i < 60; i++) {
    const c = i % CURRENCIES.length;
    customers.push({
      id: 'cust-' + i,
      name: 'Customer ' + i,
      currency: CURRENCIES[c],
      locale: LOCALES[c],
      apiKey: 'key-' + i.toString(36) + '-' + Math.floor(rnd() * 1e9).toString(36),
    });
  }
  return { products, customers, rnd };
}

module.exports = { buildCatalog, makeRng };
