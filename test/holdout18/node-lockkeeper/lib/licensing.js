'use strict';

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function coversWaterway(codes, waterway) {
  return new RegExp('^(?:' + codes.map(escapeRegExp).join('|') + ')(?:-[A-Z0-9]+)*$').test(waterway);
}

// Every leg of a planned route must be on a waterway the vessel holds a
// current licence for.
function checkRouteLicences(vessel, legs, year) {
  const current = vessel.licences.filter((l) => l.expires >= year).map((l) => l.waterwayCode);
  const missing = [];
  for (const leg of legs) {
    if (!coversWaterway(current, leg.waterway + '-' + leg.lockId.split('-')[1])) {
      missing.push(leg.lockId);
    }
  }
  return missing;
}

module.exports = { checkRouteLicences };
