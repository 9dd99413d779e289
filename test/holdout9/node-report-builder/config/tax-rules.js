'use strict';
// Regional tax rules maintained by the finance team. Edited in place during the
// month-end close, which is why the invoice builder always loads the latest copy.
const REGIONS = {
  'US-CA': { rate: 0.0725, exemptCategories: ['grocery', 'prescription'], roundTo: 0.01 },
  'US-NY': { rate: 0.04, exemptCategories: ['grocery', 'clothing-under-110'], roundTo: 0.01 },
  'US-TX': { rate: 0.0625, exemptCategories: ['grocery'], roundTo: 0.01 },
  'US-WA': { rate: 0.065, exemptCategories: ['grocery', 'prescription'], roundTo: 0.01 },
  'DE': { rate: 0.19, reduced: 0.07, reducedCategories: ['grocery', 'books'], roundTo: 0.01 },
  'FR': { rate: 0.2, reduced: 0.055, reducedCategories: ['grocery', 'books'], roundTo: 0.01 },
  'GB': { rate: 0.2, reduced: 0, reducedCategories: ['books', 'children-clothing'], roundTo: 0.01 },
  'NL': { rate: 0.21, reduced: 0.09, reducedCategories: ['grocery', 'books'], roundTo: 0.01 },
  'JP': { rate: 0.1, reduced: 0.08, reducedCategories: ['grocery'], roundTo: 1 },
  'AU': { rate: 0.1, exemptCategories: ['grocery', 'medical'], roundTo: 0.01 },
};

function rateFor(region, category) {
  const r = REGIONS[region];
  if (!r) return 0;
  if (r.exemptCategories && r.exemptCategories.includes(category)) return 0;
  if (r.reducedCategories && r.reducedCategories.includes(category)) return r.reduced;
  return r.rate;
}

function roundTax(region, amount) {
  const step = (REGIONS[region] || { roundTo: 0.01 }).roundTo;
  return Math.round(amount / step) * step;
}

module.exports = { REGIONS, rateFor, roundTax, version: '2024-03-rev7' };
