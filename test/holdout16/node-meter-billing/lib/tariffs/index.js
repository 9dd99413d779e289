'use strict';

const path = require('path');

// Tariff definitions are published by the pricing team as modules in this
// directory. They can be revised while a billing run is in progress, so the
// definition is looked up from the published file each time it is needed.

const KNOWN = new Set(['flat-2024', 'tou-economy7', 'tou-peak-saver', 'community-heat']);

function resolveTariff(code) {
  if (!KNOWN.has(code)) throw new Error(`unknown tariff ${code}`);
  const file = path.join(__dirname, `${code}.js`);
  delete require.cache[file];
  const tariff = require(file);
  if (!tariff.bands || typeof tariff.bandOf !== 'function') throw new Error(`tariff ${code} is malformed`);
  return tariff;
}

module.exports = { resolveTariff, KNOWN };
