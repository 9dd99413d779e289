'use strict';

const PROBE = /^(\S+) PROBE (T\d{2}) t=(-?\d+\.\d+) do=(-?\d+\.\d+) q=(-?\d+\.\d+) ph=(\d+\.\d+)$/;
const FEED = /^(\S+) FEED (T\d{2}) g=(\d+) diet=(\S+)$/;

// Parses one logger line into a reading. Unknown lines return null and are
// counted by the caller.
function parseLine(line) {
  let m = PROBE.exec(line);
  if (m) {
    return { kind: 'probe', ts: m[1], tank: m[2], temp: +m[3], o2: +m[4], flow: +m[5], ph: +m[6] };
  }
  m = FEED.exec(line);
  if (m) return { kind: 'feed', ts: m[1], tank: m[2], grams: +m[3], diet: m[4] };
  return null;
}

module.exports = { parseLine };
