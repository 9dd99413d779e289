'use strict';

const PHASES = ['Fl', 'Fl(2)', 'Fl(3)', 'Fl(4)', 'LFl', 'Q', 'VQ', 'Iso', 'Oc', 'Oc(2)', 'Mo(A)', 'Q(6)+LFl'];
const COLOURS = ['W', 'R', 'G', 'Y', 'WR', 'WRG'];
const PERIODS = [2, 2.5, 3, 4, 5, 6, 7.5, 10, 12, 15, 20];
const KINDS = ['lighthouse', 'beacon', 'lateral buoy', 'cardinal buoy', 'isolated danger', 'leading light'];

function characteristic(light) {
  return `${light.phase} ${light.colour} ${light.period}s`;
}

// Aids to navigation along a stretch of coast, plus a coarse grid index used
// for nearby look-ups.
function buildRegister(rng, count) {
  const lights = [];
  for (let i = 0; i < count; i++) {
    const segment = rng.int(0, 39);
    const lat = 49.8 + segment * 0.22 + rng.next() * 0.22;
    const lon = -6.2 + Math.sin(segment / 6) * 2.5 + rng.next() * 0.6;
    const light = {
      id: `ALL-${String(10000 + i)}`,
      kind: rng.pick(KINDS),
      lat, lon,
      phase: rng.pick(PHASES),
      colour: rng.pick(COLOURS),
      period: rng.pick(PERIODS),
      rangeNm: rng.int(2, 26),
      heightM: rng.int(3, 60),
      status: 'operational',
    };
    light.character = characteristic(light);
    lights.push(light);
  }
  return { lights, byId: new Map(lights.map((l) => [l.id, l])), grid: gridIndex(lights) };
}

const CELL = 0.1;
function cellKey(lat, lon) {
  return `${Math.floor(lat / CELL)}:${Math.floor(lon / CELL)}`;
}

function gridIndex(lights) {
  const grid = new Map();
  for (const l of lights) {
    const k = cellKey(l.lat, l.lon);
    if (!grid.has(k)) grid.set(k, []);
    grid.get(k).push(l);
  }
  return grid;
}

function distanceNm(aLat, aLon, bLat, bLon) {
  const toRad = Math.PI / 180;
  const dLat = (bLat - aLat) * toRad;
  const dLon = (bLon - aLon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * toRad) * Math.cos(bLat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * 3440.065 * Math.asin(Math.sqrt(h));
}

function bearingDeg(aLat, aLon, bLat, bLon) {
  const toRad = Math.PI / 180;
  const y = Math.sin((bLon - aLon) * toRad) * Math.cos(bLat * toRad);
  const x = Math.cos(aLat * toRad) * Math.sin(bLat * toRad) -
    Math.sin(aLat * toRad) * Math.cos(bLat * toRad) * Math.cos((bLon - aLon) * toRad);
  return (Math.atan2(y, x) * 180 / Math.PI + 360) % 360;
}

function lightsNear(register, lat, lon, radiusNm) {
  const out = [];
  const span = Math.ceil(radiusNm / 60 / CELL) + 1;
  const cLat = Math.floor(lat / CELL), cLon = Math.floor(lon / CELL);
  for (let i = -span; i <= span; i++) {
    for (let j = -span * 2; j <= span * 2; j++) {
      const cell = register.grid.get(`${cLat + i}:${cLon + j}`);
      if (!cell) continue;
      for (const l of cell) {
        const d = distanceNm(lat, lon, l.lat, l.lon);
        if (d <= radiusNm) out.push({ light: l, distanceNm: d });
      }
    }
  }
  return out.sort((a, b) => a.distanceNm - b.distanceNm);
}

module.exports = { buildRegister, lightsNear, distanceNm, bearingDeg };
