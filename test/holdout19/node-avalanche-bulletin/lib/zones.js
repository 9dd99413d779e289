'use strict';

const { pick, gaussian } = require('./random');

const ASPECTS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
const MASSIFS = ['Bernina', 'Silvretta', 'Albula', 'Gotthard', 'Monte Rosa', 'Mischabel', 'Grand Combin', 'Wildhorn', 'Jungfrau', 'Glarner Alpen', 'Alpstein', 'Rätikon'];

function buildZones(rand) {
  const zones = [];
  let id = 1000;
  for (const massif of MASSIFS) {
    const count = 8 + Math.floor(rand() * 6);
    for (let i = 0; i < count; i++) {
      zones.push({
        id: `Z${id++}`,
        massif,
        name: `${massif} ${i + 1}`,
        treeline: 1800 + Math.floor(rand() * 400),
        summit: 2600 + Math.floor(rand() * 1600),
        prevailingWind: pick(rand, ASPECTS),
      });
    }
  }
  return zones;
}

function buildObservations(rand, zones, days) {
  const byZone = new Map();
  for (const zone of zones) {
    const obs = [];
    let snowpack = 80 + rand() * 120;
    let weakLayer = rand() < 0.35 ? 40 + rand() * 60 : null;
    for (let d = 0; d < days; d++) {
      const newSnow = Math.max(0, gaussian(rand, 6, 14));
      const wind = Math.max(0, gaussian(rand, 25, 15));
      const airTemp = gaussian(rand, -6 + d * 0.05, 4);
      snowpack = Math.max(0, snowpack + newSnow - Math.max(0, airTemp) * 1.5 - 1);
      if (weakLayer === null && airTemp < -12 && newSnow < 1 && rand() < 0.3) weakLayer = snowpack;
      const stations = [];
      for (let s = 0; s < 4; s++) {
        stations.push({
          station: `${zone.id}-${s}`,
          elevation: zone.treeline - 300 + s * 400,
          aspect: pick(rand, ASPECTS),
          hs: snowpack + gaussian(rand, 0, 12),
          hn24: newSnow * (0.7 + rand() * 0.6),
          windSpeed: wind * (0.6 + s * 0.25),
          windDir: pick(rand, ASPECTS),
          ta: airTemp - s * 2.4,
          rutschblock: weakLayer !== null ? 2 + Math.floor(rand() * 5) : 7,
          shearQuality: weakLayer !== null ? pick(rand, ['Q1', 'Q2', 'Q3']) : 'Q3',
        });
      }
      obs.push({ day: d, date: `2025-${String(1 + Math.floor(d / 28)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`, stations });
    }
    byZone.set(zone.id, obs);
  }
  return byZone;
}

module.exports = { buildZones, buildObservations, ASPECTS };
