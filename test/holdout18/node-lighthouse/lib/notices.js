'use strict';

const AREAS = ['Dover Strait', 'Thames Estuary', 'Solent', 'Portland', 'Plymouth', 'Lands End', 'Bristol Channel',
  'Irish Sea', 'North Channel', 'Minches'];

function navArea(light) {
  return AREAS[Math.min(AREAS.length - 1, Math.floor((light.lat - 49.8) / 0.9))];
}

function pad(n) { return String(n).padStart(2, '0'); }

// Notice to Mariners text for a reported outage.
function outageNotice(seq, light, report) {
  const lat = `${Math.floor(light.lat)}-${(60 * (light.lat % 1)).toFixed(2)}N`;
  const lon = `${Math.floor(Math.abs(light.lon))}-${(60 * (Math.abs(light.lon) % 1)).toFixed(2)}${light.lon < 0 ? 'W' : 'E'}`;
  const when = new Date(Date.UTC(2025, 5, 1) + report.minute * 60000);
  const stamp = `${pad(when.getUTCDate())}${pad(when.getUTCHours())}${pad(when.getUTCMinutes())}UTC`;
  const state = report.fault === 'unlit' ? 'UNLIT' : report.fault === 'irregular' ? 'IRREGULAR CHARACTER' : 'OFF STATION';
  return {
    number: `${navArea(light).replace(/\s+/g, '').toUpperCase().slice(0, 6)}-${String(seq).padStart(5, '0')}`,
    area: navArea(light),
    lightId: light.id,
    text: `${stamp} ${navArea(light).toUpperCase()}. ${light.kind.toUpperCase()} ${light.id} ${light.character} ` +
      `${lat} ${lon} ${state}.`,
    cancelAfterMinute: report.minute + 60 * 24 * 7,
  };
}

module.exports = { outageNotice, navArea };
