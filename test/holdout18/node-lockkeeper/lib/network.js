'use strict';

const crypto = require('crypto');

const WATERWAY_NAMES = [
  'Grand Union', 'Oxford', 'Kennet and Avon', 'Leeds and Liverpool', 'Trent and Mersey',
  'Shropshire Union', 'Llangollen', 'Rochdale', 'Huddersfield Narrow', 'Stratford',
  'Worcester and Birmingham', 'Coventry', 'Ashby', 'Caldon', 'Macclesfield', 'Peak Forest',
  'Staffordshire and Worcestershire', 'Chesterfield', 'Erewash', 'Grantham', 'Montgomery', 'Lancaster',
];

const VESSEL_PREFIXES = ['Narrowboat', 'Widebeam', 'Dutch barge', 'Tug', 'Cruiser', 'Hotel boat'];
const VESSEL_WORDS = ['Kingfisher', 'Heron', 'Otter', 'Willow', 'Lark', 'Meander', 'Dragonfly',
  'Badger', 'Alder', 'Damselfly', 'Wren', 'Teasel', 'Moorhen', 'Bittern', 'Sedge', 'Coot'];

function waterwayCode(i) {
  return 'W' + String(i).padStart(2, '0');
}

// Builds the lock network: each waterway is a chain of locks, and a few
// junction locks connect chains so that routes can cross waterways.
function buildNetwork(rng) {
  const locks = [];
  const waterways = WATERWAY_NAMES.map((name, i) => ({ code: waterwayCode(i), name, lockIds: [] }));
  for (const ww of waterways) {
    const count = rng.int(8, 14);
    for (let k = 0; k < count; k++) {
      const id = `${ww.code}-L${String(k + 1).padStart(2, '0')}`;
      const broad = rng.chance(0.35);
      locks.push({
        id,
        waterway: ww.code,
        name: `${ww.name} Lock ${k + 1}`,
        chamberLength: broad ? rng.int(220, 260) / 10 : rng.int(210, 225) / 10,
        chamberBeam: broad ? rng.int(42, 48) / 10 : rng.int(21, 22) / 10,
        rise: rng.int(12, 42) / 10,
        cycleMinutes: rng.int(12, 25),
        neighbours: [],
      });
      ww.lockIds.push(id);
    }
  }
  const byId = new Map(locks.map((l) => [l.id, l]));
  for (const ww of waterways) {
    for (let k = 1; k < ww.lockIds.length; k++) {
      byId.get(ww.lockIds[k - 1]).neighbours.push(ww.lockIds[k]);
      byId.get(ww.lockIds[k]).neighbours.push(ww.lockIds[k - 1]);
    }
  }
  for (let i = 1; i < waterways.length; i++) {
    const a = rng.pick(waterways[i].lockIds);
    const b = rng.pick(waterways[rng.int(0, i - 1)].lockIds);
    byId.get(a).neighbours.push(b);
    byId.get(b).neighbours.push(a);
  }
  return { locks, byId, waterways };
}

function buildFleet(rng, network, size) {
  const vessels = [];
  for (let i = 0; i < size; i++) {
    const wide = rng.chance(0.3);
    const licences = [];
    for (const ww of network.waterways) {
      if (rng.chance(0.8)) licences.push({ waterwayCode: ww.code, expires: 2027 + rng.int(0, 3) });
    }
    vessels.push({
      id: `V${100000 + i}`,
      name: `${rng.pick(VESSEL_WORDS)} ${rng.pick(VESSEL_WORDS)}`,
      kind: wide ? rng.pick(VESSEL_PREFIXES.slice(1)) : 'Narrowboat',
      length: rng.int(150, 220) / 10,
      beam: wide ? rng.int(30, 42) / 10 : rng.int(20, 21) / 10,
      draught: rng.int(5, 9) / 10,
      licences,
    });
  }
  return vessels;
}

// Skippers enrol once with a PIN; only the derived key is kept.
function enrolSkippers(rng, count) {
  const store = new Map();
  const pins = new Map();
  for (let i = 0; i < count; i++) {
    const id = `S${5000 + i}`;
    const pin = String(rng.int(0, 999999)).padStart(6, '0');
    const salt = Buffer.from(Array.from({ length: 16 }, () => rng.int(0, 255)));
    const key = crypto.pbkdf2Sync(pin, salt, 300, 32, 'sha256');
    store.set(id, { salt, key, iterations: 300 });
    pins.set(id, pin);
  }
  return { store, pins };
}

module.exports = { buildNetwork, buildFleet, enrolSkippers };
