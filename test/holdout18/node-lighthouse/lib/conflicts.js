'use strict';

const { distanceNm } = require('./lights');

// Two lights are confusable when their ranges overlap and they show the same
// characteristic. The check runs across the whole register.
function confusablePairs(lights) {
  const pairs = [];
  for (let i = 0; i < lights.length; i++) {
    const a = lights[i];
    if (a.status !== 'operational') continue;
    for (let j = i + 1; j < lights.length; j++) {
      const b = lights[j];
      if (b.status !== 'operational') continue;
      const d = distanceNm(a.lat, a.lon, b.lat, b.lon);
      if (d >= Math.min(a.rangeNm, b.rangeNm)) continue;
      if (a.character === b.character || (a.phase === b.phase && a.period === b.period && a.colour[0] === b.colour[0])) {
        pairs.push({ a: a.id, b: b.id, distanceNm: +d.toFixed(2) });
      }
    }
  }
  return pairs;
}

module.exports = { confusablePairs };
