'use strict';

const { createRng } = require('./rng');

const PREFIXES = ['Moorland', 'Tregothnan', 'Hafod'];
const COW_NAMES = ['Duchess', 'Bluebell', 'Clover', 'Primrose', 'Heather', 'Rosie', 'Myrtle', 'Daisy', 'Tansy', 'Willow'];
const BULL_NAMES = ['Warrior', 'Monarch', 'Baron', 'Samson', 'Hector', 'Jupiter', 'Rufus', 'Titan'];

function earTag(herdMark, seq) {
  const check = (herdMark * 7 + seq * 3) % 10;
  return `UK ${String(herdMark).padStart(6, '0')} ${check}${String(seq).padStart(5, '0')}`;
}

// Builds a breed society register: founder animals and then generations of
// calves, each with sire and dam drawn from the previous generations of the
// same or a neighbouring herd, as happens with shared bulls.
function buildRegister(seed, generations, calvesPerGeneration) {
  const rng = createRng(seed);
  const animals = [];
  const byTag = new Map();
  const herds = PREFIXES.map((prefix, i) => ({ prefix, mark: 312000 + i * 17, seq: 0 }));
  function register(herd, sex, gen, sire, dam) {
    herd.seq++;
    const tag = earTag(herd.mark, herd.seq);
    const base = sex === 'M' ? rng.pick(BULL_NAMES) : rng.pick(COW_NAMES);
    const animal = {
      tag,
      name: `${herd.prefix} ${base} ${herd.seq}`,
      sex,
      herd: herd.prefix,
      generation: gen,
      born: new Date(Date.UTC(1990 + gen * 3, rng.int(0, 11), rng.int(1, 28))),
      sire,
      dam,
      weightKg: Math.round(rng.range(sex === 'M' ? 650 : 480, sex === 'M' ? 1100 : 760)),
      remarks: '',
    };
    const style = rng.next();
    if (style < 0.6) animal.remarks = `Calved unassisted. Tag ${tag} applied at 3 days.`;
    else if (style < 0.8) animal.remarks = `Bought in; tag ${tag.replace(/ /g, '')} per movement card.`;
    else if (style < 0.95) animal.remarks = `ET calf, recipient tag ${earTag(herd.mark, rng.int(1, 9999))}.`;
    else animal.remarks = 'No remarks.';
    animals.push(animal);
    byTag.set(tag, animal);
    return animal;
  }
  let pool = [];
  for (const herd of herds) {
    for (let i = 0; i < 6; i++) pool.push(register(herd, 'M', 0, null, null));
    for (let i = 0; i < 40; i++) pool.push(register(herd, 'F', 0, null, null));
  }
  for (let g = 1; g <= generations; g++) {
    const bulls = pool.filter((a) => a.sex === 'M');
    const cows = pool.filter((a) => a.sex === 'F');
    const bullsByHerd = new Map(herds.map((h) => [h.prefix, bulls.filter((b) => b.herd === h.prefix)]));
    const herdByPrefix = new Map(herds.map((h) => [h.prefix, h]));
    const next = [];
    for (let c = 0; c < calvesPerGeneration; c++) {
      const dam = rng.pick(cows);
      const herd = herdByPrefix.get(dam.herd);
      const local = bullsByHerd.get(dam.herd);
      const sire = local.length && rng.next() < 0.9 ? rng.pick(local) : rng.pick(bulls);
      next.push(register(herd, rng.next() < 0.12 ? 'M' : 'F', g, sire.tag, dam.tag));
    }
    pool = pool.filter((a) => a.generation >= g - 2).concat(next);
  }
  return { animals, byTag };
}

module.exports = { buildRegister };
