'use strict';

const METRICS = ['t', 'h', 'p', 'w', 'batt'];

function parseLine(line) {
  const first = line.indexOf('|');
  const second = line.indexOf('|', first + 1);
  if (first < 0 || second < 0) return { error: 'malformed' };
  const ts = Date.parse(line.slice(0, first));
  const station = line.slice(first + 1, second);
  const payload = line.slice(second + 1);
  if (payload.startsWith('ERR')) return { error: payload.slice(4), station, ts };
  const values = {};
  for (const part of payload.split(';')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq);
    const v = Number(part.slice(eq + 1));
    if (Number.isFinite(v)) values[key] = v;
  }
  for (const m of METRICS) if (values[m] === undefined) return { error: 'missing ' + m, station, ts };
  return { ts, station, values };
}

module.exports = { parseLine, METRICS };
