'use strict';

// Estate model: blocks, units and the apportionment schedules from the leases.
const { createRandom } = require('./prng');

const BLOCK_NAMES = ['Anchor', 'Bargeman', 'Capstan', 'Dockside', 'Eastquay', 'Ferryman', 'Gantry', 'Harbourmaster'];

function buildEstate(seed, blockCount) {
  const rnd = createRandom(seed);
  const units = [];
  const blocks = [];
  for (let b = 0; b < blockCount; b++) {
    const name = `${BLOCK_NAMES[b % BLOCK_NAMES.length]} House`;
    const floors = rnd.int(4, 14);
    const hasLift = floors > 5;
    const block = { id: `B${b + 1}`, name, floors, hasLift, units: [] };
    for (let f = 0; f <= floors; f++) {
      const perFloor = rnd.int(4, 9);
      for (let u = 1; u <= perFloor; u++) {
        const beds = rnd.int(0, 3);
        const unit = {
          id: `${block.id}-${f}${String(u).padStart(2, '0')}`,
          block: block.id,
          floor: f,
          beds,
          areaSqm: 34 + beds * 17 + rnd.int(0, 12),
          parking: rnd.chance(0.45),
          leaseholder: `Leaseholder ${units.length + 1}`,
          onAccountPaid: 0,
        };
        units.push(unit);
        block.units.push(unit);
      }
    }
    blocks.push(block);
  }
  return { blocks, units };
}

// Weights per schedule, normalised to fractions that sum to exactly one.
function buildSchedules(estate) {
  const schedules = new Map();
  const add = (id, members, weightOf) => {
    const total = members.reduce((s, u) => s + weightOf(u), 0);
    schedules.set(id, members.map((u) => ({ unitId: u.id, share: weightOf(u) / total })));
  };
  add('estate', estate.units, (u) => u.areaSqm);
  for (const block of estate.blocks) {
    add(`block:${block.id}`, block.units, (u) => u.areaSqm);
    if (block.hasLift) add(`lift:${block.id}`, block.units.filter((u) => u.floor > 0), (u) => 1 + u.floor * 0.1);
  }
  add('parking', estate.units.filter((u) => u.parking), () => 1);
  return schedules;
}

module.exports = { buildEstate, buildSchedules };
