'use strict';

class MeasurementError extends Error {
  constructor(message, field) {
    super(message);
    this.name = 'MeasurementError';
    this.field = field;
  }
}

const FEET = 0.3048;
const INCH = 0.0254;

// Parses one dimension cell of a takeoff sheet into metres. Accepts plain metres ("12.40"),
// millimetres ("2400mm"), centimetres ("45cm"), European decimals ("12,40") and
// feet-and-inches from older surveys ("12'6\"").
function parseDimension(text, field) {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '-' || trimmed.toLowerCase() === 'n/a') {
    throw new MeasurementError(`no ${field} given`, field);
  }
  let value;
  const lower = trimmed.toLowerCase();
  if (lower.endsWith('mm')) {
    value = Number(lower.slice(0, -2).trim()) / 1000;
  } else if (lower.endsWith('cm')) {
    value = Number(lower.slice(0, -2).trim()) / 100;
  } else if (lower.endsWith('m') && !lower.includes("'")) {
    value = Number(lower.slice(0, -1).trim());
  } else if (lower.includes("'") || lower.includes('"')) {
    const footMark = lower.indexOf("'");
    const feet = footMark >= 0 ? Number(lower.slice(0, footMark)) : 0;
    const rest = footMark >= 0 ? lower.slice(footMark + 1) : lower;
    const inchText = rest.replace('"', '').trim();
    const inches = inchText === '' ? 0 : Number(inchText);
    value = feet * FEET + inches * INCH;
  } else if (lower.includes(',') && !lower.includes('.')) {
    value = Number(lower.replace(',', '.'));
  } else {
    value = Number(lower);
  }
  if (!Number.isFinite(value) || value < 0) throw new MeasurementError(`bad ${field} "${text}"`, field);
  if (value > 500) throw new MeasurementError(`${field} ${value} m exceeds sheet limit`, field);
  return Math.round(value * 10000) / 10000;
}

// Reads the dimension columns of a takeoff row; blank cells and the placeholders surveyors
// type into unused columns ('-', 'n/a') come back as null.
function readDimensions(row) {
  const dims = [];
  for (const field of ['length', 'width', 'depth']) {
    if (row[field] === '') { dims.push(null); continue; }
    try {
      dims.push(parseDimension(row[field], field));
    } catch (err) {
      if (!(err instanceof MeasurementError)) throw err;
      dims.push(null);
    }
  }
  return dims;
}

module.exports = { readDimensions, parseDimension, MeasurementError };
