'use strict';

const CATEGORIES = ['grocery', 'books', 'electronics', 'clothing-under-110', 'prescription', 'home', 'toys', 'medical'];
const REGIONS = ['US-CA', 'US-NY', 'US-TX', 'US-WA', 'DE', 'FR', 'GB', 'NL', 'JP', 'AU'];

function seeded(seed) {
  let x = seed;
  return () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) / 4294967296; };
}

function buildCatalog(size, rand) {
  const products = [];
  for (let i = 0; i < size; i++) {
    products.push({
      sku: `P${String(i).padStart(6, '0')}`,
      title: `Product ${i}`,
      category: CATEGORIES[i % CATEGORIES.length],
      unitPrice: Math.round((2 + rand() * 400) * 100) / 100,
    });
  }
  return products;
}

function buildAccounts(count, catalog, rand) {
  const accounts = [];
  for (let i = 0; i < count; i++) {
    const orders = [];
    const nOrders = 2 + Math.floor(rand() * 8);
    for (let o = 0; o < nOrders; o++) {
      const lines = [];
      const nLines = 1 + Math.floor(rand() * 10);
      for (let l = 0; l < nLines; l++) {
        const p = catalog[Math.floor(rand() * catalog.length)];
        lines.push({ sku: p.sku, qty: 1 + Math.floor(rand() * 5) });
      }
      orders.push({ orderId: `O-${i}-${o}`, placedAt: Date.UTC(2024, 2, 1 + Math.floor(rand() * 28)), lines });
    }
    accounts.push({
      accountId: `ACC-${10000 + i}`,
      company: `Customer ${i} GmbH`,
      region: REGIONS[i % REGIONS.length],
      billingContact: { name: `Contact ${i}`, email: `billing${i}@customer${i}.example` },
      orders,
    });
  }
  return accounts;
}

module.exports = { seeded, buildCatalog, buildAccounts };
