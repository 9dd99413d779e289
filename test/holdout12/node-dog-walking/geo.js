'use strict';

const EARTH_M = 6371000;
const RAD = Math.PI / 180;

function haversine(lat1, lng1, lat2, lng2) {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_M * Math.asin(Math.sqrt(a));
}

// Uniform grid over lat/lng; cells of roughly cellM metres.
class GridIndex {
  constructor(cellM = 500) {
    this.cellLat = cellM / 111320;
    this.cellLng = cellM / (111320 * Math.cos(51.5 * RAD));
    this.cells = new Map();
  }

  key(cx, cy) {
    return cx * 100003 + cy;
  }

  cellOf(lat, lng) {
    return [Math.floor(lng / this.cellLng), Math.floor(lat / this.cellLat)];
  }

  insert(item) {
    const [cx, cy] = this.cellOf(item.lat, item.lng);
    const k = this.key(cx, cy);
    let bucket = this.cells.get(k);
    if (!bucket) this.cells.set(k, (bucket = []));
    bucket.push(item);
  }

  *near(lat, lng, radiusM) {
    const [cx, cy] = this.cellOf(lat, lng);
    const r = Math.ceil(radiusM / (this.cellLat * 111320));
    for (let dx = -r; dx <= r; dx++) {
      for (let dy = -r; dy <= r; dy++) {
        const bucket = this.cells.get(this.key(cx + dx, cy + dy));
        if (bucket) yield* bucket;
      }
    }
  }
}

function routeLength(track) {
  let m = 0;
  for (let i = 1; i < track.length; i++) m += haversine(track[i - 1][0], track[i - 1][1], track[i][0], track[i][1]);
  return m;
}

module.exports = { haversine, GridIndex, routeLength };
