'use strict';

// Simulated BACnet/IP gateway export: text frames as polled from the controllers.
const { createRandom } = require('./prng');

function* pollFrames(points, seed, polls, startMs, intervalMs) {
  const rnd = createRandom(seed);
  const state = points.map((p) => (p.unit === 'kWh' ? rnd.int(1000, 90000) : p.low + (p.high - p.low) * rnd.next()));
  for (let poll = 0; poll < polls; poll++) {
    const ts = new Date(startMs + poll * intervalMs).toISOString();
    const frames = [];
    for (let i = 0; i < points.length; i++) {
      const p = points[i];
      if (rnd.chance(0.65)) continue; // change-of-value reporting: unchanged points stay silent
      let v = state[i];
      if (p.unit === 'kWh') v += rnd.int(0, 40) / 10;
      else {
        const span = p.high - p.low;
        v += (rnd.next() - 0.5) * span * 0.08;
        if (rnd.chance(0.01)) v += span * (rnd.chance(0.5) ? 0.4 : -0.4);
      }
      state[i] = v;
      const quality = rnd.chance(0.995) ? 192 : 24;
      frames.push(`${p.tag}|${ts}|${v.toFixed(3)}|${p.unit}|q=${quality}`);
    }
    yield frames;
  }
}

module.exports = { pollFrames };
