'use strict';
const { beaufort, clampHumidity } = require('./units');

// Vaisala WXT ASCII: "Ta=12.3C,Ua=81.0P,Pa=1012.4H,Sm=3.4M,Rc=0.12M"
module.exports = function decodeVaisala(frame) {
  const fields = {};
  for (const part of frame.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    fields[part.slice(0, eq)] = parseFloat(part.slice(eq + 1));
  }
  if (!('Ta' in fields)) return null;
  return {
    tempC: fields.Ta,
    humidity: clampHumidity(fields.Ua),
    pressureHpa: fields.Pa,
    windMs: fields.Sm,
    beaufort: beaufort(fields.Sm),
    rainMm: fields.Rc,
  };
};
