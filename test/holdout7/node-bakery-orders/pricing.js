'use strict';

const { ALLERGENS } = require('./catalog');

const BULK_TIERS = [
  { min: 50, discount: 0.12 },
  { min: 20, discount: 0.07 },
  { min: 10, discount: 0.03 },
];

function tierDiscount(qty) {
  for (const t of BULK_TIERS) if (qty >= t.min) return t.discount;
  return 0;
}

function allergensFor(product) {
  const found = new Set();
  for (const ingredient of product.ingredients.split(',')) {
    for (const a of ALLERGENS) {
      const re = new RegExp(a.pattern, 'i');
      if (re.test(ingredient.trim())) found.add(a.code);
    }
  }
  return [...found];
}

function priceLine(product, qty, day) {
  const weekendMarkup = day % 7 >= 5 ? 1.05 : 1;
  const unit = Math.round(product.basePrice * weekendMarkup * 100) / 100;
  const gross = unit * qty;
  const discount = gross * tierDiscount(qty);
  const net = gross - discount;
  const vat = net * 0.0;
  return { unit, gross, discount, net, vat, total: net + vat };
}

module.exports = { priceLine, allergensFor, tierDiscount };
