'use strict';
// Decoding of metadata records and the image analysis the gateway serves.

const {
  TAG_CAMERA, TAG_LENS, TAG_ISO, TAG_EXPOSURE, TAG_CAPTURED, TAG_KEYWORD, TAG_GPS,
} = require('./asset-store');

const utf8 = new TextDecoder('utf-8');

function decodeRecord(buf) {
  if (buf.toString('latin1', 0, 4) !== 'MREC') throw new Error('not a metadata record');
  let pos = 4;
  const version = buf.readUInt16BE(pos); pos += 2;
  const width = buf.readUInt32BE(pos); pos += 4;
  const height = buf.readUInt32BE(pos); pos += 4;
  const tagCount = buf.readUInt16BE(pos); pos += 2;
  const meta = { version, width, height, camera: null, lens: null, iso: 0, exposure: 0,
    captured: 0, gps: null, keywords: [], preview: null, previewEdge: 0 };
  for (let i = 0; i < tagCount; i++) {
    const tag = buf.readUInt16BE(pos);
    const type = buf[pos + 2];
    const len = buf.readUInt16BE(pos + 3);
    pos += 5;
    const value = type === 1 ? utf8.decode(buf.subarray(pos, pos + len)) : buf.readUInt32BE(pos);
    pos += len;
    switch (tag) {
      case TAG_CAMERA: meta.camera = value; break;
      case TAG_LENS: meta.lens = value; break;
      case TAG_ISO: meta.iso = value; break;
      case TAG_EXPOSURE: meta.exposure = value; break;
      case TAG_CAPTURED: meta.captured = value; break;
      case TAG_GPS: meta.gps = value; break;
      case TAG_KEYWORD: meta.keywords.push(value); break;
      default: break;
    }
  }
  meta.previewEdge = buf.readUInt16BE(pos); pos += 2;
  meta.preview = buf.subarray(pos, pos + meta.previewEdge * meta.previewEdge * 3);
  return meta;
}

// 64-bit difference hash over a 9x8 luminance grid, as two 32-bit halves.
function differenceHash(rgb, edge) {
  const cols = 9, rows = 8;
  const grid = new Float64Array(cols * rows);
  const counts = new Uint16Array(cols * rows);
  for (let y = 0; y < edge; y++) {
    const gy = Math.min(rows - 1, Math.floor((y * rows) / edge));
    for (let x = 0; x < edge; x++) {
      const gx = Math.min(cols - 1, Math.floor((x * cols) / edge));
      const p = (y * edge + x) * 3;
      const luma = 0.2126 * rgb[p] + 0.7152 * rgb[p + 1] + 0.0722 * rgb[p + 2];
      grid[gy * cols + gx] += luma;
      counts[gy * cols + gx] += 1;
    }
  }
  let hi = 0, lo = 0;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols - 1; x++) {
      const a = grid[y * cols + x] / counts[y * cols + x];
      const b = grid[y * cols + x + 1] / counts[y * cols + x + 1];
      const bit = a > b ? 1 : 0;
      const n = y * (cols - 1) + x;
      if (n < 32) hi = (hi << 1) | bit; else lo = (lo << 1) | bit;
    }
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

function colorHistogram(rgb, bins) {
  const hist = new Uint32Array(bins * 3);
  const shift = 8 - Math.log2(bins);
  for (let p = 0; p < rgb.length; p += 3) {
    hist[rgb[p] >> shift] += 1;
    hist[bins + (rgb[p + 1] >> shift)] += 1;
    hist[2 * bins + (rgb[p + 2] >> shift)] += 1;
  }
  const total = rgb.length / 3;
  const dominant = [0, 1, 2].map((c) => {
    let best = 0;
    for (let b = 1; b < bins; b++) if (hist[c * bins + b] > hist[c * bins + best]) best = b;
    return Math.round(((best + 0.5) * 256) / bins);
  });
  let contrast = 0;
  for (let b = 0; b < bins; b++) {
    const share = hist[b] / total;
    contrast += share * Math.abs(b - bins / 2);
  }
  return { dominant, contrast: Number((contrast / (bins / 2)).toFixed(3)) };
}

function keywordFacets(keywords, maxTags) {
  const counts = new Map();
  for (let i = 0; i < keywords.length && i < maxTags; i++) {
    const dash = keywords[i].indexOf('-');
    const head = dash > 0 ? keywords[i].slice(0, dash) : keywords[i];
    counts.set(head, (counts.get(head) || 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 8);
}

module.exports = { decodeRecord, differenceHash, colorHistogram, keywordFacets };
