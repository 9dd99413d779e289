'use strict';

// Produces a synthetic chip-read feed the way the mat decoders upload it:
// one line per antenna read, "MAT|CHIP|ISO-TIMESTAMP|RSSI", in arrival order.

const fs = require('fs');
const { MATS } = require('./course');

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan', 'Sofia', 'Mateo', 'Chloe', 'Leon', 'Hannah', 'Jonas', 'Ines', 'Tomás', 'Freya', 'Kenji', 'Amara', 'Raj'];
const LAST = ['Smith', 'Müller', 'García', 'Rossi', 'Kowalski', 'Dubois', 'Jansen', 'Silva', 'Novak', 'Tanaka', 'Okafor', 'Larsen', 'Nguyen', 'Costa', 'Brown', 'Schmidt', 'Murphy', 'Patel', 'Ivanova', 'Berg'];

function makeField(count, seed) {
  const rng = mulberry32(seed);
  const runners = [];
  for (let i = 0; i < count; i++) {
    const gender = rng() < 0.58 ? 'M' : 'F';
    const age = 18 + Math.floor(Math.pow(rng(), 1.4) * 55);
    const wave = Math.min(4, Math.floor(i / (count / 5)));
    // Base marathon pace in seconds per km; elites ~180, walkers ~480.
    const pace = 175 + Math.pow(rng(), 0.8) * 300 + (gender === 'F' ? 15 : 0) + Math.max(0, age - 40) * 1.5;
    runners.push({
      bib: 1001 + i,
      chip: 'E2801160' + (0x200000 + i * 7919).toString(16).toUpperCase().padStart(8, '0'),
      name: `${FIRST[Math.floor(rng() * FIRST.length)]} ${LAST[Math.floor(rng() * LAST.length)]}`,
      gender,
      age,
      nation: ['GER', 'NED', 'GBR', 'POL', 'ESP', 'ITA', 'KEN', 'JPN', 'USA', 'FRA'][Math.floor(rng() * 10)],
      wave,
      pace,
      fade: 1 + rng() * 0.18,
      dnfAt: rng() < 0.04 ? 1 + Math.floor(rng() * (MATS.length - 2)) : null,
    });
  }
  return runners;
}

function writeFeed(runners, file, { gunTime, seed }) {
  const rng = mulberry32(seed ^ 0x5bd1e995);
  const events = [];
  for (const r of runners) {
    const waveStart = gunTime + r.wave * 6 * 60e3 + Math.floor(rng() * 90e3);
    for (let m = 0; m < MATS.length; m++) {
      if (r.dnfAt !== null && m > r.dnfAt) break;
      const km = MATS[m].km;
      const fatigue = km > 30 ? 1 + (r.fade - 1) * ((km - 30) / 12) : 1;
      const t = waveStart + Math.round(km * r.pace * fatigue * 1000 * (0.97 + rng() * 0.06));
      // Each antenna sees the tag several times while the runner is on the mat.
      const bounces = 4 + Math.floor(rng() * 7);
      for (let b = 0; b < bounces; b++) {
        events.push([t + Math.floor(b * (150 + rng() * 500)), MATS[m].id, r.chip, -40 - Math.floor(rng() * 35)]);
      }
    }
  }
  // Stray tags from spectators / volunteers walking over the finish mat.
  for (let i = 0; i < runners.length / 40; i++) {
    events.push([gunTime + Math.floor(rng() * 5 * 3600e3), 'FINISH', 'E2801160' + Math.floor(rng() * 0xffffff).toString(16).toUpperCase().padStart(8, 'F'), -70]);
  }
  events.sort((a, b) => a[0] - b[0]);
  const lines = events.map(([t, mat, chip, rssi]) => `${mat}|${chip}|${new Date(t).toISOString()}|${rssi}`);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return lines.length;
}

module.exports = { makeField, writeFeed };
