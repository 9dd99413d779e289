'use strict';

class RenewalDataError extends Error {
  constructor(field, value, line) {
    super(`field ${field} has no usable amount (${JSON.stringify(value)}) on line ${line}`);
    this.name = 'RenewalDataError';
    this.field = field;
  }
}

function parseAmount(record, field) {
  const raw = record[field];
  if (raw === undefined || raw === '' || raw === 'TBC') throw new RenewalDataError(field, raw, record.line);
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new RenewalDataError(field, raw, record.line);
  return Math.round(value * 100) / 100;
}

// Optional bordereau columns default when the placing platform leaves them blank.
function optionalAmount(record, field, fallback) {
  try {
    return parseAmount(record, field);
  } catch (err) {
    if (err instanceof RenewalDataError) return fallback;
    throw err;
  }
}

module.exports = { parseAmount, optionalAmount, RenewalDataError };
