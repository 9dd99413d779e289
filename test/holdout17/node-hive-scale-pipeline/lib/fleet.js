'use strict';

const { mulberry32, picker } = require('./rng');

const APIARIES = [
  { id: 'kelso-haugh', name: 'Kelso Haugh', lat: 55.598, lon: -2.433, forage: 'oilseed rape' },
  { id: 'eildon-south', name: 'Eildon South', lat: 55.577, lon: -2.706, forage: 'heather' },
  { id: 'yarrow-burn', name: 'Yarrow Burn', lat: 55.532, lon: -3.014, forage: 'heather' },
  { id: 'tweed-orchard', name: 'Tweed Orchard', lat: 55.61, lon: -2.81, forage: 'fruit blossom' },
  { id: 'lammermuir', name: 'Lammermuir Edge', lat: 55.81, lon: -2.62, forage: 'heather' },
  { id: 'ettrick-mill', name: 'Ettrick Mill', lat: 55.489, lon: -2.94, forage: 'clover' },
];

const STRAINS = ['Buckfast', 'Carniolan', 'native black', 'Italian'];

function buildFleet(hiveCount, seed) {
  const rnd = mulberry32(seed);
  const pick = picker(rnd);
  const hives = [];
  for (let i = 0; i < hiveCount; i++) {
    const apiary = APIARIES[i % APIARIES.length];
    const devEui = (0x70b3d57ed0000000n + BigInt(i * 37 + 11)).toString(16).toUpperCase();
    hives.push({
      devEui,
      hiveId: `${apiary.id}-${String(Math.floor(i / APIARIES.length) + 1).padStart(2, '0')}`,
      apiaryId: apiary.id,
      apiaryName: apiary.name,
      forage: apiary.forage,
      strain: pick(STRAINS),
      queenYear: 2021 + Math.floor(rnd() * 4),
      supers: 1 + Math.floor(rnd() * 3),
      tareGrams: 14000 + Math.floor(rnd() * 4000),
    });
  }
  return { hives, byDevEui: new Map(hives.map((h) => [h.devEui, h])) };
}

module.exports = { APIARIES, buildFleet };
