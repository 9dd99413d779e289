'use strict';

const fs = require('fs');

const CSV_FIELD = /("([^"]*)"|[^,]*)(,|$)/g;

function parseCsvLine(line) {
  const out = [];
  CSV_FIELD.lastIndex = 0;
  let m;
  while ((m = CSV_FIELD.exec(line)) !== null) {
    out.push(m[2] !== undefined ? m[2] : m[1]);
    if (m[3] === '') break;
  }
  return out;
}

function dayNumber(isoDate) {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86400000);
}

function loadRoster(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const header = parseCsvLine(lines[0]);
  const idx = Object.fromEntries(header.map((h, i) => [h, i]));
  const ringers = [];
  for (let i = 1; i < lines.length; i++) {
    const f = parseCsvLine(lines[i]);
    ringers.push({
      id: f[idx.id],
      name: f[idx.name],
      homeTower: f[idx.home_tower],
      level: Number(f[idx.level]),
      lat: Number(f[idx.lat]),
      lon: Number(f[idx.lon]),
      maxTravelKm: Number(f[idx.max_travel_km]),
      maxPerMonth: Number(f[idx.max_per_month]),
      methods: new Set(f[idx.methods] ? f[idx.methods].split(';') : []),
      awayDays: new Set(f[idx.unavailable] ? f[idx.unavailable].split(';').map(dayNumber) : []),
    });
  }
  return ringers;
}

function loadTowers(file) {
  const { towers } = JSON.parse(fs.readFileSync(file, 'utf8'));
  return towers;
}

module.exports = { loadRoster, loadTowers, parseCsvLine, dayNumber };
