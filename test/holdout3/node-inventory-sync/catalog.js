'use strict';

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s += 0x9e3779b9;
    let z = s >>> 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['apparel', 'footwear', 'outdoor', 'electronics', 'grocery', 'household', 'toys', 'garden', 'pet', 'beauty', 'books', 'sports'];
const PREFIX = { apparel: 'AP', footwear: 'FW', outdoor: 'OD', electronics: 'EL', grocery: 'GR', household: 'HH', toys: 'TY', garden: 'GD', pet: 'PT', beauty: 'BT', books: 'BK', sports: 'SP' };
const WAREHOUSES = [
  { code: 'RNO1', region: 'west' }, { code: 'DFW2', region: 'south' }, { code: 'ORD3', region: 'central' },
  { code: 'EWR4', region: 'east' }, { code: 'MSP5', region: 'north' }, { code: 'ATL6', region: 'south' },
];

function loadCatalog(count, seed) {
  const rand = rng(seed);
  const skus = [];
  for (let i = 0; i < count; i++) {
    const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)];
    skus.push({
      code: `${PREFIX[category]}-${Math.floor(rand() * 10)}${String(i).padStart(6, '0')}`,
      category,
      cost: Math.round((2 + rand() * 180) * 100) / 100,
      dailyDemand: Math.round(rand() * 40 * 10) / 10,
    });
  }
  const warehouses = WAREHOUSES.map((w, idx) => ({ ...w, apiSecret: 'whsec_' + idx + '_' + Math.floor(rand() * 1e9) }));
  const counts = new Map();
  for (const w of warehouses) {
    const m = new Map();
    for (const sku of skus) if (rand() < 0.6) m.set(sku.code, { onHand: Math.floor(rand() * 500), reserved: Math.floor(rand() * 40) });
    counts.set(w.code, m);
  }
  return { skus, warehouses, counts, rand };
}

module.exports = { loadCatalog };
