'use strict';

// Writes a synthetic club-league game archive, one game per line:
//   date|round|white|black|result|eco|plies
const fs = require('fs');
const { once } = require('events');
const { mulberry32, intBetween } = require('./rng');

const ECO_CODES = [];
for (const family of ['A', 'B', 'C', 'D', 'E']) {
  for (let n = 0; n < 100; n++) ECO_CODES.push(family + String(n).padStart(2, '0'));
}

function pgnDate(ms) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${String(d.getUTCDate()).padStart(2, '0')}`;
}

function expectedScore(a, b) {
  return 1 / (1 + 10 ** ((b - a) / 400));
}

async function writeArchive(file, { players, weeks, gamesPerWeek, seed }) {
  const rand = mulberry32(seed);
  const strength = Array.from({ length: players }, () => 1200 + rand() * 1200 + (rand() - 0.5) * 300);
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const start = Date.UTC(2023, 0, 2);
  let written = 0;
  for (let week = 0; week < weeks; week++) {
    const lines = [];
    const days = Array.from({ length: 7 }, (_, d) => pgnDate(start + (week * 7 + d) * 86400000));
    for (let g = 0; g < gamesPerWeek; g++) {
      const white = intBetween(rand, 0, players - 1);
      let black = intBetween(rand, 0, players - 1);
      if (black === white) black = (black + 1) % players;
      const p = expectedScore(strength[white] + 35, strength[black]);
      const roll = rand();
      const drawBand = 0.12 + 0.2 * (1 - Math.abs(p - 0.5) * 2);
      const result = roll < p - drawBand / 2 ? '1-0' : roll < p + drawBand / 2 ? '1/2-1/2' : '0-1';
      const eco = ECO_CODES[Math.floor(rand() * ECO_CODES.length)];
      lines.push(`${days[g % 7]}|${week + 1}|P${white}|P${black}|${result}|${eco}|${intBetween(rand, 18, 160)}`);
    }
    written += lines.length;
    if (!out.write(lines.join('\n') + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return written;
}

module.exports = { writeArchive };
