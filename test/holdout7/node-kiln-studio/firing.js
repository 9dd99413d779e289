'use strict';

const { glazeByCode } = require('./glazes');

const KILNS = [
  { id: 'K1', shelves: 6, shelfCm2: 1900, maxCone: 10 },
  { id: 'K2', shelves: 5, shelfCm2: 2600, maxCone: 12 },
  { id: 'K3', shelves: 4, shelfCm2: 1500, maxCone: 6 },
];

// Simulated firing curve: segment ramps to peak cone temperature, hold, cool.
function firingCurve(cone) {
  const peak = 1000 + cone * 28;
  const pts = [];
  let t = 20;
  for (let minute = 0; minute < 720; minute += 1) {
    const target = minute < 480 ? 20 + (peak - 20) * (minute / 480) : minute < 540 ? peak : peak - (minute - 540) * 4.5;
    t += (target - t) * 0.35;
    pts.push(t);
  }
  return pts;
}

function heatWork(curve) {
  let w = 0;
  for (let i = 1; i < curve.length; i++) w += Math.max(0, curve[i] - 600) * Math.exp((curve[i] - 1200) / 180);
  return w;
}

function planLoad(kiln, pieces) {
  const capacity = kiln.shelves * kiln.shelfCm2;
  let used = 0;
  const loaded = [];
  for (const p of pieces) {
    const glaze = glazeByCode(p.glaze);
    if (!glaze || glaze.coneMin > kiln.maxCone) continue;
    if (used + p.footprintCm2 > capacity) break;
    used += p.footprintCm2;
    loaded.push({ ...p, cone: Math.min(glaze.coneMax, kiln.maxCone) });
  }
  const cone = loaded.reduce((c, p) => Math.min(c, p.cone), kiln.maxCone);
  const curve = firingCurve(cone);
  return { kiln: kiln.id, cone, pieces: loaded, fill: used / capacity, heatWork: heatWork(curve) };
}

module.exports = { KILNS, planLoad, firingCurve };
