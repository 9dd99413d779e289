'use strict';

function lcg(seed) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

const GARAGES = [
  { id: 'G-CENTRAL', levels: 6, capacity: 900 },
  { id: 'G-STATION', levels: 4, capacity: 620 },
  { id: 'G-HOSPITAL', levels: 3, capacity: 410 },
];

function plateFor(rng) {
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const l = () => letters[Math.floor(rng() * letters.length)];
  return `${l()}${l()}-${l()}${l()} ${100 + Math.floor(rng() * 9800)}`;
}

function generateEvents(vehicleCount, seed) {
  const rng = lcg(seed);
  const plates = Array.from({ length: vehicleCount }, () => plateFor(rng));
  const events = [];
  let clock = Date.UTC(2026, 10, 2, 5, 0, 0);
  const inside = new Map();
  for (let i = 0; i < vehicleCount * 6; i++) {
    clock += Math.floor(rng() * 9000);
    const plate = plates[Math.floor(rng() * plates.length)];
    if (inside.has(plate)) {
      const entry = inside.get(plate);
      events.push({ seq: i, type: 'exit', plate, garageId: entry.garageId, gate: `X${1 + Math.floor(rng() * 3)}`, at: clock });
      inside.delete(plate);
    } else {
      const garage = GARAGES[Math.floor(rng() * GARAGES.length)];
      const level = Math.floor(rng() * garage.levels);
      events.push({ seq: i, type: 'entry', plate, garageId: garage.id, gate: `E${1 + Math.floor(rng() * 3)}`, level, at: clock });
      inside.set(plate, { garageId: garage.id });
    }
  }
  return { events, plates };
}

module.exports = { GARAGES, generateEvents, lcg };
