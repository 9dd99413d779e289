'use strict';

const LINE_RE = /^(\S+) - - \[([^\]]+)\] "(\w+) (\S+) HTTP\/[\d.]+" (\d{3}) (\S+) "([^"]*)" rt=(\S+) sid=(\S+)$/;

class FieldError extends Error {
  constructor(field, raw) {
    super(`field ${field} is not numeric: ${raw}`);
    this.field = field;
  }
}

function numericField(field, raw) {
  const n = Number(raw);
  if (raw === '-' || Number.isNaN(n)) throw new FieldError(field, raw);
  return n;
}

function optionalNumber(field, raw, fallback) {
  try {
    return numericField(field, raw);
  } catch (err) {
    if (err instanceof FieldError) return fallback;
    throw err;
  }
}

function parseLine(line) {
  const m = LINE_RE.exec(line);
  if (!m) return null;
  return {
    ip: m[1],
    time: Date.parse(m[2]),
    method: m[3],
    route: m[4].replace(/\/\d+$/, '/:id'),
    status: Number(m[5]),
    bytes: optionalNumber('bytes', m[6], 0),
    upstreamSeconds: optionalNumber('rt', m[8], null),
    session: m[9],
    agent: m[7],
  };
}

module.exports = { parseLine };
