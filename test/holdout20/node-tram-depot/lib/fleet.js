'use strict';

const fs = require('fs');
const path = require('path');
const { createRng } = require('./rng');

const CLASSES = [
  { name: 'Flexity-2', lengthM: 32.5 }, { name: 'Variobahn', lengthM: 42.0 }, { name: 'Citadis-302', lengthM: 32.5 },
  { name: 'Tatra-KT8', lengthM: 30.0 }, { name: 'Combino', lengthM: 45.5 },
];
const SYSTEMS = ['bogie', 'pantograph', 'doors', 'HVAC', 'brakes', 'passenger-info', 'CCTV', 'traction', 'sanders', 'wheelsets'];

function buildFleet(count, seed) {
  const rng = createRng(seed);
  const fleet = [];
  for (let i = 0; i < count; i++) {
    const cls = CLASSES[i % CLASSES.length];
    fleet.push({
      fleetNo: String(3001 + i),
      vehicleClass: cls.name,
      lengthM: cls.lengthM,
      odometerKm: rng.int(40000, 1400000),
      lastWheelTurnKm: rng.int(0, 90000),
      needsWash: rng.next() < 0.3,
      needsPit: rng.next() < 0.25,
    });
  }
  return fleet;
}

// The maintenance system keeps one JSON file per defect card, in a folder per vehicle.
function writeDefectCards(dir, fleet, seed) {
  const rng = createRng(seed);
  for (const tram of fleet) {
    const tramDir = path.join(dir, tram.fleetNo);
    fs.mkdirSync(tramDir);
    const n = rng.int(30, 90);
    for (let d = 0; d < n; d++) {
      const card = {
        ref: `${tram.fleetNo}-${d + 1}`,
        system: rng.pick(SYSTEMS),
        raisedAt: Date.UTC(2023, 0, 1) + rng.int(0, 530) * 86400000,
        severity: rng.pick(['A', 'B', 'B', 'C', 'C', 'C']),
        open: rng.next() < 0.22,
        text: `Reported by driver on turn ${rng.int(1, 60)}: ${rng.pick(['intermittent fault', 'noise under load', 'warning lamp', 'slow to respond', 'visible damage'])}`,
        labourHours: Math.round(rng.next() * 60) / 10,
      };
      fs.writeFileSync(path.join(tramDir, `${card.ref}.json`), JSON.stringify(card));
    }
  }
}

module.exports = { buildFleet, writeDefectCards, CLASSES };
