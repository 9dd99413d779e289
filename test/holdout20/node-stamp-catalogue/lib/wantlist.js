'use strict';

// Catalogue numbers not yet represented in the collection, grouped by country.
function buildWantList(catalogue, items, maxValue) {
  const owned = new Set(items.map((i) => `${i.country}|${i.number}|${i.variety}`));
  const wants = new Map();
  for (const e of catalogue.entries) {
    if (owned.has(`${e.country}|${e.number}|${e.variety}`)) continue;
    if (e.usedValue > maxValue) continue;
    if (!wants.has(e.country)) wants.set(e.country, []);
    wants.get(e.country).push(e.number + e.variety);
  }
  return wants;
}

module.exports = { buildWantList };
