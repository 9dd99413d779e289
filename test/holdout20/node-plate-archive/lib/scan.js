'use strict';

const crypto = require('crypto');
const { createRng } = require('./rng');

const TILE = 48;

// Simulated 16-bit scanner tile: sky background, grain noise and a few stellar images.
function scanTile(plate, tileIndex) {
  const rng = createRng((parseInt(plate.plateId.slice(2), 10) * 131 + tileIndex) >>> 0);
  const pixels = new Uint16Array(TILE * TILE);
  const sky = 900 + plate.exposureMin * 3;
  for (let i = 0; i < pixels.length; i++) pixels[i] = sky + Math.floor(rng.next() * 120);
  const stars = rng.int(2, 9);
  for (let s = 0; s < stars; s++) {
    const cx = rng.int(4, TILE - 5);
    const cy = rng.int(4, TILE - 5);
    const peak = rng.int(3000, 40000);
    for (let dy = -3; dy <= 3; dy++) {
      for (let dx = -3; dx <= 3; dx++) {
        const v = peak * Math.exp(-(dx * dx + dy * dy) / 2.2);
        const idx = (cy + dy) * TILE + cx + dx;
        pixels[idx] = Math.min(65535, pixels[idx] + v);
      }
    }
  }
  return pixels;
}

const hist = new Uint32Array(4096);

function backgroundLevel(pixels) {
  hist.fill(0);
  for (let i = 0; i < pixels.length; i++) hist[pixels[i] >> 4]++;
  let acc = 0;
  const half = pixels.length / 2;
  for (let b = 0; b < hist.length; b++) {
    acc += hist[b];
    if (acc >= half) return (b << 4) + 8;
  }
  return 0;
}

// Connected bright regions above threshold -> centroid and flux.
const seen = new Uint8Array(TILE * TILE);
const stack = new Int32Array(TILE * TILE);

function detectSources(pixels, threshold) {
  seen.fill(0);
  const sources = [];
  for (let start = 0; start < pixels.length; start++) {
    if (seen[start] || pixels[start] < threshold) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    let flux = 0, sx = 0, sy = 0, n = 0;
    while (top > 0) {
      const p = stack[--top];
      const x = p % TILE, y = (p / TILE) | 0;
      const w = pixels[p] - threshold;
      flux += w; sx += x * w; sy += y * w; n++;
      for (let k = 0; k < 4; k++) {
        const q = k === 0 ? p - 1 : k === 1 ? p + 1 : k === 2 ? p - TILE : p + TILE;
        if (q < 0 || q >= pixels.length || seen[q] || pixels[q] < threshold) continue;
        if ((k === 0 && x === 0) || (k === 1 && x === TILE - 1)) continue;
        seen[q] = 1;
        stack[top++] = q;
      }
    }
    if (n >= 3) sources.push({ x: sx / flux, y: sy / flux, flux, pixels: n });
  }
  return sources;
}

function tileChecksum(pixels) {
  return crypto.createHash('sha1').update(Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength)).digest('hex');
}

module.exports = { scanTile, backgroundLevel, detectSources, tileChecksum, TILE };
