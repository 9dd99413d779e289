'use strict';

const { ANALYTES, intervalFor } = require('./catalog');

class ResultValueError extends Error {
  constructor(raw, reason) {
    super(`cannot read result value "${raw}": ${reason}`);
    this.name = 'ResultValueError';
    this.raw = raw;
    this.reason = reason;
  }
}

const SAMPLE_PROBLEMS = {
  HAEM: 'Sample haemolysed',
  QNS: 'Quantity not sufficient',
  LIP: 'Sample lipaemic',
  CLOT: 'Sample clotted',
};

// Strict numeric parser shared by the result and range readers. Accepts
// plain decimals, an optional sign and a decimal comma from the older
// analysers.
function parseNumeric(raw) {
  if (typeof raw !== 'string') throw new ResultValueError(raw, 'not text');
  let s = raw.trim();
  if (s === '') throw new ResultValueError(raw, 'empty');
  if (s.indexOf(',') !== -1 && s.indexOf('.') === -1) s = s.replace(',', '.');
  const first = s.charCodeAt(0);
  if (first !== 43 && first !== 45 && (first < 48 || first > 57) && first !== 46) {
    throw new ResultValueError(raw, 'not a number');
  }
  const n = Number(s);
  if (!Number.isFinite(n)) throw new ResultValueError(raw, 'not a number');
  return n;
}

function readCensored(raw) {
  const op = raw[0];
  if (op !== '<' && op !== '>') return null;
  const bound = Number(raw.slice(1));
  if (!Number.isFinite(bound)) return null;
  return { comparator: op, value: bound };
}

function readRange(text) {
  if (!text) return null;
  const dash = text.indexOf('-', 1);
  if (dash === -1) return null;
  try {
    return { low: parseNumeric(text.slice(0, dash)), high: parseNumeric(text.slice(dash + 1)) };
  } catch (err) {
    if (err instanceof ResultValueError) return null;
    throw err;
  }
}

function flagFor(value, interval) {
  if (!interval || value === null) return '';
  const [low, high, critLow, critHigh] = interval;
  if (critLow !== null && value < critLow) return 'LL';
  if (critHigh !== null && value > critHigh) return 'HH';
  if (value < low) return 'L';
  if (value > high) return 'H';
  return 'N';
}

// Turns one OBX segment into a result record for the LIS.
function readObservation(obx, sex) {
  const f = obx.fields;
  const [code, name] = (f[3] || '').split('^');
  const analyte = ANALYTES[code];
  const rawValue = f[5] || '';
  const result = {
    code,
    name: analyte ? analyte.name : name,
    unit: f[6] || '',
    raw: rawValue,
    value: null,
    comparator: null,
    text: null,
    problem: null,
    flag: '',
    status: f[11] || 'F',
    analyserRange: readRange(f[7]),
  };
  try {
    result.value = parseNumeric(rawValue);
  } catch (err) {
    if (!(err instanceof ResultValueError)) throw err;
    const censored = readCensored(rawValue);
    if (censored) {
      result.comparator = censored.comparator;
      result.value = censored.value;
    } else if (SAMPLE_PROBLEMS[rawValue]) {
      result.problem = SAMPLE_PROBLEMS[rawValue];
    } else {
      result.text = rawValue;
    }
  }
  if (result.value !== null) {
    const interval = intervalFor(code, sex);
    result.flag = flagFor(result.value, interval);
    if (result.comparator === '<' && result.flag === 'L') result.flag = '';
  } else if (result.text !== null && analyte && analyte.qualitative) {
    result.flag = result.text === 'NEG' ? 'N' : 'A';
  }
  return result;
}

module.exports = { readObservation, parseNumeric, ResultValueError };
