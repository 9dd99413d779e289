'use strict';

// Maintained by the merchandising team; edited in place and picked up by running sync jobs.
const CATEGORY_MARKUP = {
  apparel: 1.85, footwear: 1.7, outdoor: 1.55, electronics: 1.22, grocery: 1.18,
  household: 1.4, toys: 1.65, garden: 1.5, pet: 1.45, beauty: 1.9, books: 1.3, sports: 1.6,
};

const CLEARANCE = [
  { prefix: 'AP-9', discount: 0.3 }, { prefix: 'FW-8', discount: 0.25 }, { prefix: 'EL-7', discount: 0.15 },
  { prefix: 'TY-6', discount: 0.4 }, { prefix: 'GD-5', discount: 0.2 }, { prefix: 'SP-4', discount: 0.1 },
];

const REGION_ADJUST = { north: 1.02, south: 0.98, east: 1.0, west: 1.05, central: 0.99 };

function unitPrice(sku, region) {
  const markup = CATEGORY_MARKUP[sku.category] || 1.5;
  let price = sku.cost * markup * (REGION_ADJUST[region] || 1);
  for (const c of CLEARANCE) {
    if (sku.code.startsWith(c.prefix)) price *= 1 - c.discount;
  }
  if (price > 100) price = Math.floor(price) + 0.99;
  else price = Math.round(price * 100) / 100;
  return price;
}

function reorderPoint(sku, dailyDemand, leadDays) {
  const safety = Math.ceil(1.65 * Math.sqrt(leadDays) * Math.max(1, dailyDemand * 0.35));
  return Math.ceil(dailyDemand * leadDays) + safety;
}

module.exports = { unitPrice, reorderPoint, CATEGORY_MARKUP };
