'use strict';

const { createRng } = require('./rng');

const STRUCTURE_KINDS = [
  { kind: 'dwelling', limitMmS: 10 },
  { kind: 'farm-building', limitMmS: 15 },
  { kind: 'listed-wall', limitMmS: 6 },
  { kind: 'water-main', limitMmS: 25 },
  { kind: 'pylon', limitMmS: 30 },
  { kind: 'school', limitMmS: 8 },
];

// The quarry's register of structures around the pit that blast vibration
// must be assessed against. Coordinates are metres from the pit datum.
function buildStructureRegister(seed, count) {
  const rng = createRng(seed);
  const structures = [];
  for (let i = 0; i < count; i++) {
    const k = rng.pick(STRUCTURE_KINDS);
    const bearing = rng.range(0, Math.PI * 2);
    const dist = rng.range(420, 3800);
    structures.push({
      id: `ST-${String(10000 + i)}`,
      kind: k.kind,
      limitMmS: k.limitMmS,
      x: Math.cos(bearing) * dist,
      y: Math.sin(bearing) * dist,
      owner: `parcel-${rng.int(1, 400)}`,
    });
  }
  return structures;
}

// Each bench face of the quarry has a list of structures the geotechnical
// survey flagged as "in the vibration corridor" of that face.
function buildFaceCorridors(structures, seed, faces) {
  const rng = createRng(seed ^ 0x5eed);
  const corridors = new Map();
  for (let f = 1; f <= faces; f++) {
    const ids = [];
    const n = rng.int(380, 520);
    for (let i = 0; i < n; i++) ids.push(rng.pick(structures).id);
    corridors.set(`F${f}`, ids);
  }
  return corridors;
}

module.exports = { buildStructureRegister, buildFaceCorridors, STRUCTURE_KINDS };
