'use strict';

const CATEGORIES = ['electronics', 'garden', 'kitchen', 'toys', 'office', 'apparel'];
const SUPPLIERS = ['acme', 'globex', 'initech', 'umbrella', 'hooli'];

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 0x100000000;
}

// Simulates paging through supplier feed exports.
async function* supplierFeed(supplier, count, seed) {
  const rnd = rng(seed);
  const page = 250;
  for (let offset = 0; offset < count; offset += page) {
    await new Promise((r) => setImmediate(r));
    const items = [];
    for (let i = offset; i < Math.min(count, offset + page); i++) {
      const sku = `${supplier.slice(0, 3).toUpperCase()}-${(i * 7919) % 30000}`;
      items.push({
        sku,
        supplier,
        title: `Product ${sku}`,
        category: CATEGORIES[Math.floor(rnd() * CATEGORIES.length)],
        cost: Math.round(rnd() * 20000) / 100,
        dutyRate: rnd() < 0.3 ? 0.05 : 0,
        freight: Math.round(rnd() * 500) / 100,
        stock: Math.floor(rnd() * 1200),
        daysSinceLastSale: Math.floor(rnd() * 200),
        attributes: {
          color: ['red', 'blue', 'green', 'black'][Math.floor(rnd() * 4)],
          dimensions: { w: Math.floor(rnd() * 100), h: Math.floor(rnd() * 100), d: Math.floor(rnd() * 100) },
          tags: ['new', 'sale', 'eco', 'bulk', 'import'].filter(() => rnd() < 0.4),
        },
        images: [`https://cdn.example.com/${sku}/1.jpg`, `https://cdn.example.com/${sku}/2.jpg`],
      });
    }
    yield items;
  }
}

module.exports = { supplierFeed, SUPPLIERS };
