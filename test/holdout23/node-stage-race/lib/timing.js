'use strict';

const fs = require('fs');
const { resolveRead } = require('./riders');

class TimingError extends Error {
  constructor(message, value) {
    super(message);
    this.name = 'TimingError';
    this.value = value;
  }
}

const digit = (code) => code >= 48 && code <= 57;

// Parses a transponder clock "HH:MM:SS.mmm" into milliseconds since midnight.
function parseChipTime(text) {
  if (text.length !== 12 || text[2] !== ':' || text[5] !== ':' || text[8] !== '.') {
    throw new TimingError(`unreadable chip time "${text}"`, text);
  }
  let ms = 0;
  const parts = [text.slice(0, 2), text.slice(3, 5), text.slice(6, 8), text.slice(9, 12)];
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      if (!digit(part.charCodeAt(i))) throw new TimingError(`non-numeric chip time "${text}"`, text);
    }
  }
  ms += Number(parts[0]) * 3600000;
  ms += Number(parts[1]) * 60000;
  ms += Number(parts[2]) * 1000;
  ms += Number(parts[3]);
  return ms;
}

// Reads a chip export and keeps the first good read of each rider at each mat.
function readChipExport(file, riders, teams) {
  const text = fs.readFileSync(file, 'utf8');
  const crossings = new Map();
  const stats = { lines: 0, rejected: 0, unknownBib: 0, duplicates: 0 };
  let start = text.indexOf('\n') + 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (!line) continue;
    stats.lines++;
    const cols = line.split(',');
    const bib = Number(cols[0]);
    let clock;
    try {
      clock = parseChipTime(cols[2]);
    } catch (err) {
      if (!(err instanceof TimingError)) throw err;
      stats.rejected++;
      continue;
    }
    let perRider = crossings.get(bib);
    const previous = perRider && perRider.get(cols[1]);
    if (previous !== undefined) {
      stats.duplicates++;
      if (clock < previous.clock) previous.clock = clock;
      continue;
    }
    const read = resolveRead(bib, riders, teams);
    if (!read) {
      stats.unknownBib++;
      continue;
    }
    if (!perRider) {
      perRider = new Map();
      crossings.set(bib, perRider);
    }
    perRider.set(cols[1], { clock, countsForTeam: read.countsForTeam });
  }
  return { crossings, stats };
}

module.exports = { TimingError, parseChipTime, readChipExport };
