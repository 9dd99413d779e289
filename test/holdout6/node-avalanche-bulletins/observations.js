'use strict';

const { mulberry32, pick } = require('./rng');

const ZONES = ['Lyngen', 'Tromsø', 'Lofoten', 'Sunnmøre', 'Jotunheimen', 'Hemsedal', 'Voss', 'Romsdal'];
const ASPECTS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
const LINE = /^(\w+)\|([^|]+)\|(\d{4})\|(N|NE|E|SE|S|SW|W|NW)\|(-?\d+(?:\.\d+)?)\|(\d+)\|(\d+)\|(\w+)$/;

// Field stations upload pipe-delimited observation lines.
function generateUpload(count, seed) {
  const rand = mulberry32(seed);
  const lines = [];
  for (let i = 0; i < count; i++) {
    const temp = (-18 + rand() * 22).toFixed(1);
    lines.push([
      `ST${100 + Math.floor(rand() * 240)}`,
      pick(rand, ZONES),
      String(300 + Math.floor(rand() * 1500)).padStart(4, '0'),
      pick(rand, ASPECTS),
      temp,
      Math.floor(rand() * 60),
      Math.floor(rand() * 25),
      pick(rand, ['stable', 'stable', 'cracking', 'whumpf', 'slab', 'wet']),
    ].join('|'));
  }
  return lines;
}

function parseLine(line) {
  const m = LINE.exec(line);
  if (!m) return null;
  return {
    station: m[1],
    zone: m[2],
    elevation: Number(m[3]),
    aspect: m[4],
    tempC: Number(m[5]),
    newSnowCm: Number(m[6]),
    windMs: Number(m[7]),
    signs: m[8],
  };
}

module.exports = { ZONES, ASPECTS, generateUpload, parseLine };
