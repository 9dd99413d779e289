'use strict';

const { scanTile, backgroundLevel, detectSources, tileChecksum, TILE } = require('./scan');

const TILES_PER_PLATE = 16;
const PLATE_SCALE_DEG = 0.004; // degrees per pixel

function digitisePlate(plate, reference, log) {
  const tiles = [];
  let matched = 0;
  let sources = 0;
  for (let t = 0; t < TILES_PER_PLATE; t++) {
    const pixels = scanTile(plate, t);
    const sky = backgroundLevel(pixels);
    const found = detectSources(pixels, sky + 600);
    sources += found.length;
    const tileRa = plate.raHours * 15 + (t % 4) * TILE * PLATE_SCALE_DEG;
    const tileDec = plate.decDeg + Math.floor(t / 4) * TILE * PLATE_SCALE_DEG;
    for (const src of found) {
      const hit = reference.nearest(tileRa + src.x * PLATE_SCALE_DEG, tileDec + src.y * PLATE_SCALE_DEG, 0.6);
      if (hit) matched++;
    }
    tiles.push({ index: t, sky, sources: found.length, sha1: tileChecksum(pixels) });
  }
  if (log.enabled('debug')) log.debug(`plate ${plate.plateId} sources=${sources} matched=${matched}`);
  return { plateId: plate.plateId, sources, matched, tiles };
}

module.exports = { digitisePlate };
