'use strict';

const SIGN_WEIGHT = { stable: 0, cracking: 1.5, whumpf: 2.5, slab: 3, wet: 1 };

function bandOf(elevation) {
  if (elevation < 800) return 'below-treeline';
  if (elevation < 1300) return 'treeline';
  return 'alpine';
}

function accumulate(byZone, obs) {
  const key = `${obs.zone}/${bandOf(obs.elevation)}`;
  let acc = byZone.get(key);
  if (!acc) {
    acc = { zone: obs.zone, band: bandOf(obs.elevation), n: 0, snow: 0, wind: 0, temp: [], signs: 0, aspects: new Map() };
    byZone.set(key, acc);
  }
  acc.n++;
  acc.snow += obs.newSnowCm;
  acc.wind += obs.windMs;
  acc.temp.push(obs.tempC);
  acc.signs += SIGN_WEIGHT[obs.signs];
  acc.aspects.set(obs.aspect, (acc.aspects.get(obs.aspect) || 0) + SIGN_WEIGHT[obs.signs]);
  return acc;
}

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function rate(acc) {
  const snow = acc.snow / acc.n;
  const wind = acc.wind / acc.n;
  const signs = acc.signs / acc.n;
  const temp = median(acc.temp);
  let score = snow / 12 + wind / 10 + signs * 1.2 + (temp > 0 ? 0.8 : 0);
  if (acc.band === 'alpine') score += 0.5;
  const level = Math.max(1, Math.min(5, Math.round(score)));
  const worstAspects = [...acc.aspects.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([a]) => a);
  return { zone: acc.zone, band: acc.band, level, snow, wind, temp, worstAspects, n: acc.n };
}

module.exports = { accumulate, rate };
