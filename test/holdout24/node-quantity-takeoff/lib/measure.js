'use strict';

const { DIMENSIONS_FOR_UNIT } = require('./units');
const { readDimensions } = require('./dimensions');

function measureRows(rows) {
  const measured = [];
  const rejected = [];
  for (const row of rows) {
    if (!row.canonicalUnit) continue;
    const unit = row.canonicalUnit;
    const dims = readDimensions(row);
    const needed = DIMENSIONS_FOR_UNIT[unit];
    const times = Number(row.times) || 1;
    let quantity = times;
    let missing = -1;
    for (let i = 0; i < needed; i++) {
      if (dims[i] === null) { missing = i; break; }
      quantity *= dims[i];
    }
    if (missing >= 0) {
      rejected.push({ ref: row.ref, line: row._line, reason: `missing dimension ${missing + 1} for ${unit}` });
      continue;
    }
    if (unit === 'kg' || unit === 't') quantity = dims[0] * times;
    measured.push({ row, unit, quantity: Math.round(quantity * 1000) / 1000 });
  }
  return { measured, rejected };
}

// Prices measured items against the rate library for the project region.
function priceItems(measured, library, region) {
  const priced = [];
  const unpriced = [];
  for (const m of measured) {
    const { row } = m;
    const rate = library.rates.find((r) => r.code === row.rateCode && r.region === region);
    if (!rate) {
      unpriced.push({ ref: row.ref, line: row._line, reason: `no rate ${row.rateCode} in ${region}` });
      continue;
    }
    const f = library.inflation;
    const unitRate = (rate.labour + rate.plant + rate.material * (1 + rate.waste)) * f;
    priced.push({
      ref: row.ref, section: row.section, location: row.location, description: row.description,
      unit: m.unit, quantity: m.quantity, rateCode: rate.code,
      unitRate: Math.round(unitRate * 100) / 100,
      labour: rate.labour * f * m.quantity,
      plant: rate.plant * f * m.quantity,
      material: rate.material * (1 + rate.waste) * f * m.quantity,
      total: Math.round(unitRate * m.quantity * 100) / 100,
    });
  }
  return { priced, unpriced };
}

module.exports = { measureRows, priceItems };
