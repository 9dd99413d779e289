'use strict';
// Half-hourly reading parsing and validation.

class ReadingRejected extends Error {
  constructor(reason, line) {
    super(`reading rejected (${reason}): ${line}`);
    this.name = 'ReadingRejected';
    this.reason = reason;
  }
}

const MPAN_WEIGHTS = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 53];

// Standard MPAN core check: weighted digit sum mod 11 mod 10 equals the last digit.
function mpanCheckDigit(core) {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (core.charCodeAt(i) - 48) * MPAN_WEIGHTS[i];
  return (sum % 11) % 10;
}

function parseReading(line) {
  const parts = line.split(',');
  if (parts.length !== 5) throw new ReadingRejected('shape', line);
  const [mpan, day, hh, kwhText, quality] = parts;
  const kwh = Number(kwhText);
  if (quality === 'E') throw new ReadingRejected('estimated', line);
  if (!(kwh >= 0)) throw new ReadingRejected('negative-consumption', line);
  const check = mpanCheckDigit(mpan);
  return { mpan, day: Number(day), hh: Number(hh), kwh, checkOk: check === mpan.charCodeAt(12) - 48 };
}

module.exports = { parseReading, mpanCheckDigit, ReadingRejected };
