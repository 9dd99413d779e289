'use strict';

const RULES_MODULE = require.resolve('./zoning-rules');

// The planning team edits zoning-rules.js in place; always read the current
// version so a new bulletin takes effect without a restart.
function loadZoningRules() {
  delete require.cache[RULES_MODULE];
  return require('./zoning-rules');
}

function indexOverlays(rules) {
  const index = new Map();
  for (const o of rules.overlays) {
    const key = `${o.district}#${o.block}`;
    if (!index.has(key)) index.set(key, []);
    index.get(key).push({ id: o.id, kind: o.kind, note: o.note });
  }
  return index;
}

function zoningFor(listing, rules, overlayIndex) {
  const district = rules.districts[listing.district];
  if (!district) return { primaryUse: 'unknown', overlays: [] };
  const overlays = overlayIndex.get(`${listing.district}#${listing.block}`) || [];
  return {
    version: rules.version,
    primaryUse: district.primaryUse,
    maxHeightM: district.maxHeightM,
    heritageProtected: district.heritageProtected,
    shortTermRentalAllowed: district.shortTermRentalAllowed,
    overlays,
  };
}

module.exports = { loadZoningRules, indexOverlays, zoningFor };
