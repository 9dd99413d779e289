'use strict';

const DESIGN_EXTERNAL_C = new Map([
  ['AB', -4.5], ['BS', -2.2], ['CF', -1.6], ['EX', -1.4], ['G', -3.9], ['LS', -3.0], ['M', -2.7],
  ['NE', -3.4], ['NR', -2.6], ['OX', -2.9], ['PL', -0.8], ['SW', -1.8], ['TR', -0.3], ['YO', -3.1],
]);
const WALL_U = new Map([['solid brick', 2.1], ['cavity unfilled', 1.5], ['cavity filled', 0.55], ['timber frame', 0.35], ['stone', 1.7]]);
const GLAZING_U = 2.8;
const FLOOR_U = 0.7;
const ROOF_U = 0.25;

function designExternalTemp(region) {
  return DESIGN_EXTERNAL_C.has(region) ? DESIGN_EXTERNAL_C.get(region) : -2;
}

function roomHeatLoss(room, construction, region) {
  const external = designExternalTemp(region);
  const dT = (room.designTempC || 21) - external;
  const perimeterShare = Math.min(room.externalWalls || 1, 4) / 4;
  const grossWall = 2 * (room.length + room.width) * room.height * perimeterShare;
  const netWall = Math.max(grossWall - (room.glazingM2 || 0), 0);
  const floor = room.length * room.width;
  const fabric = (netWall * (WALL_U.get(construction) || 1.5) + (room.glazingM2 || 0) * GLAZING_U + floor * FLOOR_U * 0.5 + floor * ROOF_U * 0.5) * dT;
  const ventilation = 0.33 * (room.airChanges || 1) * floor * room.height * dT;
  return { fabricW: fabric, ventilationW: ventilation, totalW: fabric + ventilation, dT };
}

function assessProperty(parsed) {
  const rooms = parsed.rooms.map((room) => ({ ...room, loss: roomHeatLoss(room, parsed.construction, parsed.region) }));
  const totalW = rooms.reduce((s, r) => s + r.loss.totalW, 0);
  return { ...parsed, rooms, totalW };
}

module.exports = { assessProperty, designExternalTemp };
