'use strict';

const DEPOTS = [
  { id: 'D-NORTH', lat: 53.48, lon: -2.24 },
  { id: 'D-EAST', lat: 53.47, lon: -2.18 },
  { id: 'D-SOUTH', lat: 53.41, lon: -2.23 },
];

function haversineKm(a, b) {
  const R = 6371;
  const dLat = ((b.lat - a.lat) * Math.PI) / 180;
  const dLon = ((b.lon - a.lon) * Math.PI) / 180;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos((a.lat * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(s));
}

function nearestDepot(point) {
  let best = DEPOTS[0];
  let bestD = Infinity;
  for (const d of DEPOTS) {
    const km = haversineKm(point, d);
    if (km < bestD) { bestD = km; best = d; }
  }
  return { depot: best, km: bestD };
}

module.exports = { DEPOTS, haversineKm, nearestDepot };
