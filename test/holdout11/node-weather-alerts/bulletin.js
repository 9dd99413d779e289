'use strict';

const { sprintf } = require('./printf');
const { LEVELS } = require('./alerts');

const COMPASS = ['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW'];

function compass(deg) {
  return COMPASS[Math.round(deg / 22.5) % 16];
}

function observationRow(o) {
  const t = new Date(o.ts);
  return sprintf(
    '%02d%02dZ %6.1f %4d%% %4s %4d G%03d %6.1f %7.1f %6s',
    t.getUTCHours(),
    t.getUTCMinutes(),
    o.temp,
    o.rh,
    compass(o.dir),
    o.wind,
    o.gust,
    o.precip,
    o.pressure,
    o.visibility >= 10000 ? '9999' : o.visibility,
  );
}

// Hourly regional text bulletin (last six hours of obs) as sent to the broadcast partners.
function renderBulletin(region, trackers, engine, ts) {
  const lines = [];
  const issued = new Date(ts).toISOString().replace(/:\d\d\.\d+Z$/, 'Z');
  lines.push(`WEATHER BULLETIN ${region.toUpperCase()} ISSUED ${issued}`);
  const active = engine.activeIn(region).sort((a, b) => b.level - a.level);
  lines.push(`ACTIVE WARNINGS: ${active.length}`);
  for (const a of active.slice(0, 25)) {
    lines.push(`  ${LEVELS[a.level].toUpperCase().padEnd(7)} ${a.hazard.toUpperCase().padEnd(6)} ${a.station} SINCE ${new Date(a.since).toISOString().slice(0, 16)}Z`);
  }
  lines.push('');
  for (const tr of trackers) {
    if (tr.station.region !== region || !tr.summary) continue;
    const s = tr.summary;
    lines.push(`${tr.station.id} ${tr.station.name.toUpperCase()} (${tr.station.elevation} M) TMAX ${s.tMax.toFixed(1)} TMIN ${s.tMin.toFixed(1)} RR24 ${s.rain24h.toFixed(1)}`);
    lines.push('  TIME   TEMP   RH  DIR  SPD GUST   RAIN   PRESS    VIS');
    for (const o of s.recent.slice(-36)) lines.push(`  ${observationRow(o)}`);
  }
  return lines.join('\n');
}

module.exports = { renderBulletin };
