'use strict';
// Parsers for the ERP export's fields. Each tries the canonical format first and falls
// back to the legacy formats when the stricter parser throws.

class ParseError extends Error {
  constructor(field, raw) {
    super(`cannot parse ${field} from "${raw}"`);
    this.name = 'ParseError';
    this.field = field;
  }
}

const INTEGER = /^\d+$/;
const DECIMAL_DOT = /^\d+(\.\d+)?$/;
const DECIMAL_COMMA = /^\d+(,\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOTTED_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;
const US_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const UNIT_SUFFIX = /\s*(pcs|pc|stk)\.?$/i;
const CURRENCY_PREFIX = /^[A-Z]{3}\s+/;

function parseInteger(raw) {
  if (!INTEGER.test(raw)) throw new ParseError('integer', raw);
  return Number(raw);
}

function parseDecimal(raw) {
  if (DECIMAL_DOT.test(raw)) return Number(raw);
  if (DECIMAL_COMMA.test(raw)) return Number(raw.replace(',', '.'));
  throw new ParseError('decimal', raw);
}

function parseQuantity(raw) {
  try {
    return parseInteger(raw);
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
  }
  try {
    return parseInteger(raw.trim());
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
  }
  const unit = raw.trim().replace(UNIT_SUFFIX, '');
  return Math.round(parseDecimal(unit));
}

function parseAmount(raw) {
  try {
    return parseDecimal(raw);
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
  }
  return parseDecimal(raw.replace(CURRENCY_PREFIX, ''));
}

function parseIsoDate(raw) {
  const m = ISO_DATE.exec(raw);
  if (!m) throw new ParseError('ISO date', raw);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
}

function parseDottedDate(raw) {
  const m = DOTTED_DATE.exec(raw);
  if (!m) throw new ParseError('dotted date', raw);
  return new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
}

function parseUsDate(raw) {
  const m = US_DATE.exec(raw);
  if (!m) throw new ParseError('US date', raw);
  return new Date(Date.UTC(+m[3], +m[1] - 1, +m[2]));
}

function parseDate(raw) {
  try {
    return parseIsoDate(raw);
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
  }
  try {
    return parseDottedDate(raw);
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
  }
  return parseUsDate(raw);
}

module.exports = { ParseError, parseQuantity, parseAmount, parseDate };
