'use strict';

const PANEL_W_PER_M2_DT50 = { K1: 1150, 'P+': 1500, K2: 1950, K3: 2750 };
const TOWEL_RAIL_FACTOR = 0.45;

function ratedOutputDt50(e) {
  const area = (e.widthMm / 1000) * (e.heightMm / 1000);
  const base = area * PANEL_W_PER_M2_DT50[e.panels];
  return e.kind === 'towel-rail' ? base * TOWEL_RAIL_FACTOR : base;
}

function outputAtFlow(dt50Watts, flowTempC, roomTempC) {
  const meanWater = flowTempC - 2.5;
  const dT = Math.max(meanWater - roomTempC, 1);
  return dt50Watts * Math.pow(dT / 50, 1.3);
}

function buildRadiatorRange() {
  const range = [];
  for (const panels of Object.keys(PANEL_W_PER_M2_DT50)) {
    for (const heightMm of [300, 450, 600, 700]) {
      for (let widthMm = 400; widthMm <= 2000; widthMm += 100) {
        const rated = ratedOutputDt50({ kind: 'radiator', panels, heightMm, widthMm });
        range.push({ sku: `RAD-${panels}-${heightMm}-${widthMm}`, panels, heightMm, widthMm, ratedW: rated, pricePence: Math.round(4500 + rated * 9 + widthMm * 3) });
      }
    }
  }
  range.sort((a, b) => a.ratedW - b.ratedW || a.pricePence - b.pricePence);
  return range;
}

const RANGE = buildRadiatorRange();

function smallestRadiatorFor(requiredDt50) {
  let lo = 0;
  let hi = RANGE.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (RANGE[mid].ratedW < requiredDt50) lo = mid + 1;
    else hi = mid;
  }
  return lo < RANGE.length ? RANGE[lo] : RANGE[RANGE.length - 1];
}

function matchExistingEmitters(properties, emitters) {
  for (const property of properties) {
    for (const room of property.rooms) {
      room.existing = emitters.filter((e) => e.roomRef === room.ref);
    }
  }
}

function sizeEmitters(property) {
  const roomPlans = [];
  for (const room of property.rooms) {
    const roomTemp = room.designTempC || 21;
    const existingW = room.existing.reduce((s, e) => s + outputAtFlow(ratedOutputDt50(e), property.flowTempC, roomTemp), 0);
    const shortfall = room.loss.totalW - existingW;
    let upgrade = null;
    if (shortfall > 0) {
      const needDt50 = room.loss.totalW / Math.pow(Math.max(property.flowTempC - 2.5 - roomTemp, 1) / 50, 1.3);
      upgrade = smallestRadiatorFor(needDt50);
    }
    roomPlans.push({ room, existingW, shortfall, upgrade });
  }
  return roomPlans;
}

module.exports = { matchExistingEmitters, sizeEmitters };
