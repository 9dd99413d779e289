'use strict';

const { createRng } = require('./rng');

// Stage codes of the saltern circuit, from the sea intake to the crystallisers.
const STAGES = ['IN', 'E1', 'E2', 'E3', 'E4', 'C1', 'C2', 'C3', 'BT'];

function makePonds(count) {
  const ponds = [];
  for (let i = 0; i < count; i++) {
    ponds.push({
      code: `SP-${String(i + 1).padStart(2, '0')}`,
      stage: STAGES[i % STAGES.length],
      areaM2: 1800 + (i * 137) % 2400,
      floorClay: i % 3 === 0 ? 'grey' : 'red',
    });
  }
  return ponds;
}

// Generates raw gateway lines, as the LoRa concentrator at the works forwards them.
function* telemetryLines(ponds, total, seed) {
  const rng = createRng(seed);
  const start = Date.UTC(2024, 5, 1, 5, 0, 0);
  const state = ponds.map((p, i) => ({ density: 1.025 + (i % 9) * 0.022, depth: 0.12 - (i % 9) * 0.009 }));
  for (let n = 0; n < total; n++) {
    const idx = rng.int(0, ponds.length - 1);
    const pond = ponds[idx];
    const s = state[idx];
    s.density = Math.min(1.26, s.density + rng.next() * 0.00008);
    s.depth = Math.max(0.01, s.depth - rng.next() * 0.0003);
    const when = new Date(start + n * 15000).toISOString();
    const temp = (24 + rng.next() * 14).toFixed(1);
    const wind = (rng.next() * 9).toFixed(1);
    const fields = `temp=${temp};density=${s.density.toFixed(4)};depth=${s.depth.toFixed(4)};wind=${wind};sal=${(s.density * 210 - 180).toFixed(1)};cond=${(s.density * 1900 - 1890).toFixed(1)};rh=${rng.int(30, 95)};irr=${rng.int(0, 1050)};ph=${(7.2 + rng.next()).toFixed(2)};batt=${(3.3 + rng.next() * 0.8).toFixed(2)}`;
    yield `${pond.code}|${pond.stage}|${when}|${rng.next() < 0.004 ? 'temp=;' : ''}${fields}`;
  }
}

module.exports = { STAGES, makePonds, telemetryLines };
