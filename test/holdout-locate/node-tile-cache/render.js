'use strict';
// A deterministic stand-in for tile rendering: a few hundred points hashed into a grid.
function renderTile(layer, z, x, y) {
  let seed = (z * 73856093) ^ (x * 19349663) ^ (y * 83492791) ^ layer.length;
  const cells = new Uint8Array(256);
  for (let i = 0; i < 600; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    cells[seed & 255] += 1;
  }
  return Buffer.from(cells).toString('base64');
}

module.exports = { renderTile };
