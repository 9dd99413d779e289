'use strict';

const LINE_RE = /^(\S+) \S+ \S+ \[([^\]]+)\] "(\S+) (\S+) [^"]*" (\d{3}) (\S+) "[^"]*" "([^"]*)" rt=(\S+)$/;

class FieldError extends Error {
  constructor(field, value) {
    super(`invalid ${field}: ${value}`);
    this.field = field;
  }
}

function toInt(field, value) {
  if (value === '-' || value === '') throw new FieldError(field, value);
  const n = Number.parseInt(value, 10);
  if (Number.isNaN(n)) throw new FieldError(field, value);
  return n;
}

function toSeconds(field, value) {
  if (value === '-') throw new FieldError(field, value);
  return Number.parseFloat(value);
}

function parseLine(line) {
  const m = LINE_RE.exec(line);
  if (!m) return null;
  let bytes;
  try {
    bytes = toInt('bytes', m[6]);
  } catch (e) {
    bytes = 0;
  }
  let responseTime;
  try {
    responseTime = toSeconds('rt', m[8]);
  } catch (e) {
    responseTime = null;
  }
  return {
    ip: m[1],
    time: m[2],
    method: m[3],
    url: m[4],
    status: Number(m[5]),
    bytes,
    agent: m[7],
    responseTime,
  };
}

module.exports = { parseLine, FieldError };
