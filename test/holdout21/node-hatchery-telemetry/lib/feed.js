'use strict';

const { createRng } = require('./rng');

// Simulated logger output from a salmon hatchery: every tank's probe
// station emits one text line per minute with water temperature, dissolved
// oxygen, flow and pH; feeders emit a line per feed event.
function* loggerLines(seed, tanks, minutes) {
  const rng = createRng(seed);
  const state = tanks.map((t) => ({ temp: t.baseTemp, o2: 10.5, flow: t.flowLpm, ph: 7.1 }));
  const start = Date.UTC(2024, 1, 1, 0, 0, 0);
  for (let m = 0; m < minutes; m++) {
    const ts = new Date(start + m * 60000).toISOString();
    const diurnal = Math.sin((2 * Math.PI * (m % 1440)) / 1440);
    for (let i = 0; i < tanks.length; i++) {
      const s = state[i];
      s.temp += (tanks[i].baseTemp + diurnal * 0.6 - s.temp) * 0.05 + (rng.next() - 0.5) * 0.04;
      s.o2 += (10.8 - s.temp * 0.18 - s.o2) * 0.1 + (rng.next() - 0.5) * 0.12;
      if (rng.next() < 0.0008) s.o2 -= rng.range(1.5, 3.5);
      s.flow += (tanks[i].flowLpm - s.flow) * 0.2 + (rng.next() - 0.5) * 4;
      s.ph += (7.1 - s.ph) * 0.1 + (rng.next() - 0.5) * 0.02;
      yield `${ts} PROBE ${tanks[i].id} t=${s.temp.toFixed(2)} do=${s.o2.toFixed(2)} q=${s.flow.toFixed(1)} ph=${s.ph.toFixed(2)}`;
      if (m % 180 === 17 && tanks[i].stage !== 'eyed-egg') {
        yield `${ts} FEED ${tanks[i].id} g=${(tanks[i].biomassKg * 12 * rng.range(0.9, 1.1)).toFixed(0)} diet=${tanks[i].diet}`;
      }
    }
  }
}

function hatcheryTanks() {
  const tanks = [];
  const stages = ['eyed-egg', 'alevin', 'fry', 'parr', 'smolt'];
  for (let i = 0; i < 48; i++) {
    const stage = stages[i % stages.length];
    tanks.push({
      id: `T${String(i + 1).padStart(2, '0')}`,
      stage,
      baseTemp: 6 + (i % 7) * 0.8,
      flowLpm: 120 + (i % 5) * 40,
      biomassKg: stage === 'eyed-egg' ? 0 : 20 + i * 3,
      diet: stage === 'smolt' ? 'SM-3mm' : stage === 'parr' ? 'GR-1.5mm' : 'ST-0.5mm',
    });
  }
  return tanks;
}

module.exports = { loggerLines, hatcheryTanks };
