'use strict';
// Van rebalancing: pair over-full stations with under-full ones, nearest first.

function haversineKm(a, b) {
  const R = 6371;
  const dLat = ((b.lat - a.lat) * Math.PI) / 180;
  const dLon = ((b.lon - a.lon) * Math.PI) / 180;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos((a.lat * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(s));
}

function predictedFill(st, slot) {
  let sum = 0, weight = 0;
  for (let k = 0; k < 8; k++) {
    const w = 1 / (k + 1);
    sum += st.history[(slot - k + 96) % 96] * w;
    weight += w;
  }
  const trend = sum / weight;
  return 0.6 * (st.bikes / st.capacity) + 0.4 * trend;
}

function planMoves(stations, vanCapacity, slot) {
  const surplusByZone = new Map();
  const deficit = [];
  for (const st of stations.values()) {
    const fill = predictedFill(st, slot);
    if (fill > 0.72) {
      if (!surplusByZone.has(st.zone)) surplusByZone.set(st.zone, []);
      surplusByZone.get(st.zone).push({ st, spare: Math.floor(st.bikes - st.capacity * 0.6) });
    }
    else if (fill < 0.28) deficit.push({ st, want: Math.ceil(st.capacity * 0.4 - st.bikes) });
  }
  const moves = [];
  for (const d of deficit) {
    let best = null;
    let bestKm = Infinity;
    for (const s of surplusByZone.get(d.st.zone) || []) {
      if (s.spare <= 0) continue;
      const km = haversineKm(s.st, d.st);
      if (km < bestKm) { bestKm = km; best = s; }
    }
    if (!best) continue;
    const qty = Math.min(best.spare, d.want, vanCapacity);
    if (qty <= 0) continue;
    best.spare -= qty;
    moves.push({ from: best.st.id, to: d.st.id, qty, km: bestKm });
  }
  return moves;
}

module.exports = { planMoves, haversineKm };
