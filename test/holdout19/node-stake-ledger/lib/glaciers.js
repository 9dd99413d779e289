'use strict';

const crypto = require('crypto');
const { pick, gaussian } = require('./random');

const NAMES = [
  ['RHO', 'Rhonegletscher'], ['GRI', 'Griesgletscher'], ['SIL', 'Silvrettagletscher'],
  ['PLM', 'Glacier de la Plaine Morte'], ['CLA', 'Claridenfirn'], ['BAS', 'Basodino'],
  ['FIN', 'Findelengletscher'], ['ALE', 'Grosser Aletschgletscher'], ['PIZ', 'Pizolgletscher'],
  ['TSA', 'Glacier de Tsanfleuron'], ['GOR', 'Gornergletscher'], ['MOR', 'Vadret da Morteratsch'],
];

const STATION_KEY_SALT_BYTES = 16;

function buildNetwork(rand) {
  const glaciers = new Map();
  for (const [code, name] of NAMES) {
    const stakeCount = 30 + Math.floor(rand() * 30);
    const terminus = 2100 + Math.floor(rand() * 500);
    const head = terminus + 700 + Math.floor(rand() * 900);
    const stakes = [];
    for (let i = 0; i < stakeCount; i++) {
      const elevation = terminus + (head - terminus) * (i / stakeCount) + gaussian(rand, 0, 25);
      stakes.push({
        id: `${code}-S${String(i + 1).padStart(2, '0')}`,
        elevation,
        lat: 46 + rand(),
        lon: 7 + rand() * 3,
        installedLength: 6 + Math.floor(rand() * 6),
      });
    }
    const bands = [];
    for (let z = Math.floor(terminus / 100) * 100; z < head; z += 100) {
      bands.push({ lower: z, upper: z + 100, areaKm2: 0.2 + rand() * 1.8 });
    }
    glaciers.set(code, {
      code, name, stakes, bands,
      aliases: stakes.map((s, i) => `${code.toLowerCase()}${i + 1}${pick(rand, ['a', 'b', 'n', 'x'])}`),
      stakeIndex: new Map(stakes.map((s) => [s.id, s])),
    });
  }
  return glaciers;
}

function buildStations(rand, glaciers) {
  const stations = new Map();
  let n = 0;
  for (const g of glaciers.values()) {
    for (let k = 0; k < 3; k++) {
      const id = `st-${g.code.toLowerCase()}-${k}`;
      const secret = `obs-${n++}-${Math.floor(rand() * 1e9).toString(36)}`;
      const salt = crypto.randomBytes(STATION_KEY_SALT_BYTES);
      stations.set(id, { id, glacier: g.code, secret, salt, derived: null });
    }
  }
  return stations;
}

module.exports = { buildNetwork, buildStations };
