'use strict';
// Timecode parsing for SubRip (HH:MM:SS,mmm) with a WebVTT (HH:MM:SS.mmm / MM:SS.mmm) fallback.

class TimecodeFormatError extends Error {
  constructor(value, expected) {
    super(`timecode "${value}" does not match ${expected}`);
    this.name = 'TimecodeFormatError';
    this.value = value;
  }
}

function toInt(str, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = str.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function parseSrtTimestamp(value) {
  // strict SubRip: exactly HH:MM:SS,mmm
  if (value.length !== 12 || value[2] !== ':' || value[5] !== ':' || value[8] !== ',') {
    throw new TimecodeFormatError(value, 'HH:MM:SS,mmm');
  }
  const h = toInt(value, 0, 2);
  const m = toInt(value, 3, 5);
  const s = toInt(value, 6, 8);
  const ms = toInt(value, 9, 12);
  if (h < 0 || m < 0 || m > 59 || s < 0 || s > 59 || ms < 0) {
    throw new TimecodeFormatError(value, 'HH:MM:SS,mmm');
  }
  return ((h * 60 + m) * 60 + s) * 1000 + ms;
}

function parseVttTimestamp(value) {
  const parts = value.split(':');
  if (parts.length < 2 || parts.length > 3) throw new TimecodeFormatError(value, '[HH:]MM:SS.mmm');
  const [secs, millis] = parts[parts.length - 1].split('.');
  const h = parts.length === 3 ? Number(parts[0]) : 0;
  const m = Number(parts[parts.length - 2]);
  const s = Number(secs);
  const ms = Number(millis);
  if ([h, m, s, ms].some(Number.isNaN)) throw new TimecodeFormatError(value, '[HH:]MM:SS.mmm');
  return ((h * 60 + m) * 60 + s) * 1000 + ms;
}

function parseTimestamp(value) {
  try {
    return parseSrtTimestamp(value);
  } catch (err) {
    if (!(err instanceof TimecodeFormatError)) throw err;
    return parseVttTimestamp(value);
  }
}

function parseCueTiming(line) {
  const arrow = line.indexOf(' --> ');
  if (arrow < 0) return null;
  const start = parseTimestamp(line.slice(0, arrow).trim());
  const rest = line.slice(arrow + 5).trim();
  const space = rest.indexOf(' ');
  const end = parseTimestamp(space < 0 ? rest : rest.slice(0, space));
  return { start, end };
}

module.exports = { parseCueTiming, parseTimestamp, TimecodeFormatError };
