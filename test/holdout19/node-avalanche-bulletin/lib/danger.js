'use strict';

const { ASPECTS } = require('./zones');

const DANGER_WORDS = ['low', 'moderate', 'considerable', 'high', 'very high'];

function assessZone(zone, days, stability) {
  const latest = days[days.length - 1];
  let hn3 = 0;
  for (const d of days.slice(-3)) {
    let s = 0;
    for (const st of d.stations) s += st.hn24;
    hn3 += s / d.stations.length;
  }
  const windLoaded = new Set();
  let maxWind = 0;
  let weakest = 7;
  let poorShear = 0;
  for (const st of latest.stations) {
    maxWind = Math.max(maxWind, st.windSpeed);
    if (st.windSpeed > 30) windLoaded.add(oppositeAspect(st.windDir));
    weakest = Math.min(weakest, st.rutschblock);
    if (st.shearQuality === 'Q1') poorShear++;
  }
  let level = 1;
  if (hn3 > 30) level++;
  if (hn3 > 60) level++;
  if (windLoaded.size > 0 && maxWind > 45) level++;
  if (weakest <= 3 && poorShear > 0) level++;
  const stab = stability.zoneIndex(zone.id);
  if (stab < 0.35) level++;
  level = Math.min(5, level);
  const problems = [];
  if (hn3 > 30) problems.push('new snow');
  if (windLoaded.size > 0) problems.push('wind slab');
  if (weakest <= 3) problems.push('persistent weak layer');
  if (latest.stations.some((s) => s.ta > 1)) problems.push('wet snow');
  return { zone: zone.id, level, word: DANGER_WORDS[level - 1], hn3, aspects: [...windLoaded], problems, above: zone.treeline };
}

function oppositeAspect(a) {
  const i = ASPECTS.indexOf(a);
  return ASPECTS[(i + 4) % 8];
}

module.exports = { assessZone, DANGER_WORDS };
