'use strict';
// Dock station registry and status ingestion for a city bike-share scheme.

const STATION_ID_RE = /^BK-(\d{3,4})-([A-Z]{2})$/;
const ZONES = ['CE', 'NO', 'SO', 'EA', 'WE', 'HA', 'RI'];

function makeStations(rnd, count) {
  const stations = new Map();
  for (let i = 0; i < count; i++) {
    const id = `BK-${String(i).padStart(3, '0')}-${ZONES[i % ZONES.length]}`;
    const capacity = 12 + Math.floor(rnd() * 28);
    stations.set(id, {
      id,
      zone: ZONES[i % ZONES.length],
      lat: 51.45 + rnd() * 0.12,
      lon: -0.2 + rnd() * 0.25,
      capacity,
      bikes: Math.floor(capacity / 2),
      ebikes: Math.floor(rnd() * 4),
      history: new Float32Array(96).fill(0.5),
      updates: 0,
    });
  }
  return stations;
}

function applyStatus(stations, status) {
  const m = STATION_ID_RE.exec(status.stationId);
  if (!m) return { ok: false, reason: 'bad-id' };
  const st = stations.get(status.stationId);
  if (!st) return { ok: false, reason: 'unknown' };
  st.bikes = Math.max(0, Math.min(st.capacity, status.bikes));
  st.ebikes = Math.max(0, Math.min(st.bikes, status.ebikes));
  const slot = status.minute % 96;
  st.history[slot] = st.history[slot] * 0.8 + (st.bikes / st.capacity) * 0.2;
  st.updates++;
  return { ok: true, fill: st.bikes / st.capacity };
}

module.exports = { makeStations, applyStatus };
