'use strict';
const { supplierFeed, SUPPLIERS } = require('./feeds');
const { CatalogMerger, log } = require('./merge');

async function main() {
  const perSupplier = Number(process.env.ITEMS || 5000);
  const merger = new CatalogMerger();
  const t0 = Date.now();
  for (let round = 0; round < 2; round++) {
    await Promise.all(SUPPLIERS.map((s, i) => merger.mergeFeed(supplierFeed(s, perSupplier, 1000 * round + i))));
  }
  log.flush();
  const prices = [...merger.catalog.values()].map((p) => p.price);
  const avg = prices.reduce((a, b) => a + b, 0) / prices.length;
  console.error(`catalog=${merger.catalog.size} ${JSON.stringify(merger.stats)} avgPrice=${avg.toFixed(2)} in ${Date.now() - t0} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
