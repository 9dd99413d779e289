'use strict';
// Tram fleet model: vehicles, components and their wear characteristics.
const COMPONENTS = [
  { type: 'wheelset', intervalKm: 60000, hours: 10, wearPerKm: 1 / 60000, bays: ['lathe'] },
  { type: 'pantograph', intervalKm: 25000, hours: 3, wearPerKm: 1 / 25000, bays: ['roof', 'general'] },
  { type: 'brake-pads', intervalKm: 18000, hours: 2, wearPerKm: 1 / 18000, bays: ['general', 'pit'] },
  { type: 'traction-motor', intervalKm: 150000, hours: 16, wearPerKm: 1 / 150000, bays: ['pit'] },
  { type: 'doors', intervalKm: 40000, hours: 4, wearPerKm: 1 / 40000, bays: ['general'] },
  { type: 'hvac', intervalKm: 50000, hours: 5, wearPerKm: 1 / 50000, bays: ['roof'] },
  { type: 'bogie', intervalKm: 120000, hours: 14, wearPerKm: 1 / 120000, bays: ['pit', 'lathe'] },
  { type: 'coupler', intervalKm: 80000, hours: 3, wearPerKm: 1 / 80000, bays: ['general'] },
];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildFleet(n, rand) {
  const lines = ['1', '2', '4', '6', '9', '11', '15'];
  const trams = [];
  const wear = new Float64Array(n * COMPONENTS.length);
  for (let i = 0; i < n; i++) {
    trams.push({ id: 'T' + (3000 + i), line: lines[i % lines.length], dailyKmBase: 140 + rand() * 120, odometer: Math.floor(rand() * 400000), outOfService: 0 });
    for (let c = 0; c < COMPONENTS.length; c++) wear[i * COMPONENTS.length + c] = rand() * 0.9;
  }
  return { trams, wear };
}

module.exports = { COMPONENTS, rng, buildFleet };
