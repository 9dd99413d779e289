'use strict';

const { createRng } = require('./rng');

const EXPLOSIVES = ['ANFO', 'emulsion', 'heavy-ANFO'];

// Builds a proposed blast: a pattern of boreholes on one bench face, each
// with a charge mass and a detonator delay.
function proposeBlast(seed, faces) {
  const rng = createRng(seed);
  const face = `F${rng.int(1, faces)}`;
  const rows = rng.int(3, 5);
  const perRow = rng.int(8, 14);
  const burden = rng.range(2.8, 3.6);
  const spacing = rng.range(3.2, 4.2);
  const originX = rng.range(-120, 120);
  const originY = rng.range(-120, 120);
  const holes = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < perRow; c++) {
      holes.push({
        ref: `${face}-R${r + 1}H${c + 1}`,
        x: originX + c * spacing,
        y: originY + r * burden,
        depthM: rng.range(12, 18),
        chargeKg: rng.range(40, 95),
        delayMs: r * 42 + c * 17,
        explosive: rng.pick(EXPLOSIVES),
      });
    }
  }
  return {
    planRef: `BP-${seed}`,
    face,
    shotFirer: `SF-${rng.int(1, 12)}`,
    benchLevelM: rng.int(40, 110),
    holes,
  };
}

module.exports = { proposeBlast };
