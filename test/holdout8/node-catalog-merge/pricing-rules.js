'use strict';
// Merchandising-maintained pricing rules. Edited frequently by the pricing team.

const MARGIN_BY_CATEGORY = {
  electronics: 0.18,
  garden: 0.32,
  kitchen: 0.27,
  toys: 0.35,
  office: 0.22,
  apparel: 0.45,
};

const ROUNDING = [
  { below: 10, step: 0.05 },
  { below: 100, step: 0.5 },
  { below: Infinity, step: 1 },
];

function roundPrice(price) {
  const rule = ROUNDING.find((r) => price < r.below);
  const rounded = Math.ceil(price / rule.step) * rule.step;
  return Math.round((rounded - 0.01) * 100) / 100;
}

function retailPrice(product) {
  const margin = MARGIN_BY_CATEGORY[product.category] ?? 0.25;
  const landed = product.cost * (1 + (product.dutyRate || 0)) + (product.freight || 0);
  return roundPrice(landed * (1 + margin));
}

function isClearance(product) {
  return product.stock > 500 && product.daysSinceLastSale > 90;
}

module.exports = { retailPrice, isClearance, MARGIN_BY_CATEGORY };
