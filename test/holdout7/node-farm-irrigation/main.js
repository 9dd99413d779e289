'use strict';

const { Logger } = require('./logger');
const { cropCoefficients, cropEt, updateBalance } = require('./water');

const log = new Logger('irrigation-planner', process.env.LOG_LEVEL || 'info');

let seed = 4242;
function rand() {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
}

const CROPS = ['maize', 'wheat', 'potato', 'alfalfa', 'onion', 'sugarbeet'];

function makeFields(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: `F-${String(i + 1).padStart(4, '0')}`,
    crop: CROPS[i % CROPS.length],
    hectares: 2 + Math.round(rand() * 40),
    soilWaterHoldingMm: 90 + Math.round(rand() * 120),
    depletionMm: rand() * 20,
    pivot: `P${i % 37}`,
    layers: Array.from({ length: 24 }, () => 5 + rand() * 5),
  }));
}

function makeWeather(days) {
  const w = [];
  for (let d = 0; d < days; d++) {
    const season = Math.sin((d / days) * Math.PI);
    w.push({
      tMin: 6 + season * 10 + rand() * 3,
      tMax: 16 + season * 14 + rand() * 5,
      radiation: 12 + season * 18,
      rainMm: rand() < 0.22 ? rand() * 18 : 0,
    });
  }
  return w;
}

function byPivot(fields) {
  const groups = new Map();
  for (const f of fields) {
    if (!groups.has(f.pivot)) groups.set(f.pivot, []);
    groups.get(f.pivot).push(f);
  }
  return groups;
}

function planPivotDay(pivotFields, wx, day, seasonLength, perPivot) {
  const coeffs = cropCoefficients();
  let events = 0;
  for (const field of pivotFields) {
    const { etc, crop } = cropEt(coeffs, field, wx, day, seasonLength);
    const bal = updateBalance(field, etc, wx.rainMm, crop);
    log.debug(`day=${day} field=${field.id} crop=${field.crop} etc=${etc.toFixed(3)} balance=${JSON.stringify(bal)} weather=${JSON.stringify(wx)} layers=${field.layers.length}`);
    if (bal.irrigateMm > 0) {
      events++;
      const m3 = bal.irrigateMm * field.hectares * 10;
      perPivot.set(field.pivot, (perPivot.get(field.pivot) || 0) + m3);
    }
  }
  return events;
}

function planSeason(fields, weather) {
  const perPivot = new Map();
  const groups = byPivot(fields);
  let events = 0;
  for (let day = 0; day < weather.length; day++) {
    const wx = weather[day];
    for (const pivotFields of groups.values()) {
      events += planPivotDay(pivotFields, wx, day, weather.length, perPivot);
    }
    if (day % 30 === 29) log.info(`day ${day + 1}: ${events} irrigation events so far`);
  }
  return { perPivot, events };
}

function main() {
  const fields = makeFields(Number(process.argv[2] || 4000));
  const weather = makeWeather(160);
  const { perPivot, events } = planSeason(fields, weather);
  let total = 0;
  for (const v of perPivot.values()) total += v;
  const top = [...perPivot.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.log(`fields=${fields.length} events=${events} water=${(total / 1000).toFixed(1)}k m3`);
  console.log(`busiest pivots: ${top.map(([p, v]) => `${p}=${Math.round(v)}m3`).join(' ')}`);
  log.flush();
}

main();
