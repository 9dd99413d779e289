'use strict';

const TYPES = ['flat', 'flat', 'hilly', 'mountain', 'flat', 'hilly', 'mountain', 'itt'];

function buildRace(name, stageCount, rng) {
  const stages = [];
  for (let s = 1; s <= stageCount; s++) {
    const type = s === 1 || s === stageCount - 1 ? 'itt' : TYPES[(s * 5 + rng.int(0, 7)) % TYPES.length];
    const length = type === 'itt' ? rng.int(14, 38) : rng.int(150, 225);
    const mats = [{ id: 'START', km: 0, kind: 'start' }];
    for (let km = 20; km < length - 5; km += 20) mats.push({ id: `TC${km}`, km, kind: 'timecheck' });
    if (type !== 'itt') {
      mats.push({ id: 'SPRINT', km: Math.round(length * 0.55), kind: 'sprint' });
      const summits = type === 'mountain' ? 4 : type === 'hilly' ? 2 : 0;
      for (let k = 1; k <= summits; k++) {
        mats.push({ id: `KOM${k}`, km: Math.round((length * k) / (summits + 1)), kind: 'kom', category: type === 'mountain' && k === summits ? 'HC' : String(1 + (k % 3)) });
      }
    }
    mats.push({ id: 'FINISH', km: length, kind: 'finish' });
    mats.sort((a, b) => a.km - b.km);
    stages.push({ race: name, number: s, type, length, mats });
  }
  return stages;
}

module.exports = { buildRace };
