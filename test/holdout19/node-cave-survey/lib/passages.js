'use strict';

function passageVolume(shots) {
  let volume = 0;
  let length = 0;
  for (const s of shots) {
    const width = s.left + s.right;
    const height = s.up + s.down;
    volume += (Math.PI / 4) * width * height * s.tape;
    length += s.tape;
  }
  return { volume, length };
}

function depthRange(coords) {
  let min = Infinity;
  let max = -Infinity;
  for (const p of coords.values()) {
    if (p.z < min) min = p.z;
    if (p.z > max) max = p.z;
  }
  return { min, max, range: max - min };
}

function gridDensity(coords, cell) {
  const grid = new Map();
  for (const p of coords.values()) {
    const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    grid.set(key, (grid.get(key) || 0) + 1);
  }
  return grid;
}

module.exports = { passageVolume, depthRange, gridDensity };
