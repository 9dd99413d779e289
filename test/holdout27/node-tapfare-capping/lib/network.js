'use strict';

// A metro + tram + bus network: stations carry a fare zone, buses charge a flat fare on tap-on.
const LINES = [
  { code: 'M1', mode: 'metro', operator: 'CityMetro', stations: 28 },
  { code: 'M2', mode: 'metro', operator: 'CityMetro', stations: 24 },
  { code: 'M3', mode: 'metro', operator: 'CityMetro', stations: 19 },
  { code: 'S4', mode: 'rail', operator: 'RegioRail', stations: 22 },
  { code: 'S7', mode: 'rail', operator: 'RegioRail', stations: 17 },
  { code: 'T2', mode: 'tram', operator: 'TramCo', stations: 30 },
];
const BUS_OPERATORS = ['NorthBus', 'HarbourLink'];

function buildNetwork() {
  const stations = [];
  for (const line of LINES) {
    for (let i = 0; i < line.stations; i++) {
      const fromCentre = Math.abs(i - Math.floor(line.stations / 2));
      stations.push({
        id: stations.length + 1,
        code: `${line.code}-${String(i + 1).padStart(2, '0')}`,
        line: line.code,
        mode: line.mode,
        operator: line.operator,
        zone: fromCentre < 4 ? 1 : fromCentre < 8 ? 2 : fromCentre < 11 ? 3 : 4,
      });
    }
  }
  const stationFares = new Map();
  const airport = stations.find((s) => s.code === 'S4-22');
  for (const s of stations) {
    if (s.mode === 'rail' && s !== airport) {
      stationFares.set(`${s.id}>${airport.id}`, { amount: 1290, label: 'Airport supplement' });
    }
  }
  for (let i = 0; i < 12; i++) {
    const a = stations[i * 7];
    const b = stations[i * 7 + 3];
    stationFares.set(`${a.id}>${b.id}`, { amount: 150, label: 'Short hop' });
  }
  return { stations, stationFares, busOperators: BUS_OPERATORS };
}

const ZONE_FARES = [0, 240, 310, 390, 470];
const CAPS = { daily: 890, weekly: 3600 };
const BUS_FARE = 200;

module.exports = { buildNetwork, ZONE_FARES, CAPS, BUS_FARE };
