'use strict';

// Baumé scale for liquids heavier than water.
function baume(specificGravity) {
  return 145 - 145 / specificGravity;
}

// Approximate NaCl saturation behaviour used by the works' harvest planning.
function crystallisationState(be) {
  if (be < 3.5) return 'seawater';
  if (be < 16) return 'concentrating';
  if (be < 25.6) return 'gypsum';
  if (be < 29) return 'halite';
  return 'bittern';
}

function evaporationMm(temp, wind, depth) {
  const vapour = 0.611 * Math.exp((17.27 * temp) / (temp + 237.3));
  return Math.max(0, (0.26 * (1 + 0.54 * wind) * vapour * 24) / (1 + depth * 4));
}

module.exports = { baume, crystallisationState, evaporationMm };
