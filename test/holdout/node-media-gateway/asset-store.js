'use strict';
// In-memory asset catalogue. Each asset's metadata record is kept deflated, as the
// upstream object store returns it; records are packed once, asynchronously, at boot.

const zlib = require('node:zlib');
const { promisify } = require('node:util');

const deflateAsync = promisify(zlib.deflate);

const TAG_CAMERA = 0x0110;
const TAG_LENS = 0xa434;
const TAG_ISO = 0x8827;
const TAG_EXPOSURE = 0x829a;
const TAG_CAPTURED = 0x9003;
const TAG_KEYWORD = 0x5001;
const TAG_GPS = 0x8825;

const CAMERAS = ['Orion X100', 'Kestrel M5', 'Vela 24', 'Lumen Pro 7', 'Argo S'];
const LENSES = ['24-70mm f/2.8', '50mm f/1.4', '70-200mm f/4', '16mm f/2.8', '90mm macro'];
const WORDS = ['harbour', 'dusk', 'portrait', 'market', 'alpine', 'studio', 'street', 'forest',
  'festival', 'bridge', 'winter', 'product', 'interior', 'aerial', 'coast', 'night'];

function xorshift32(seed) {
  let s = seed >>> 0 || 1;
  return function next() {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

class RecordWriter {
  constructor(size) {
    this.buf = Buffer.alloc(size);
    this.pos = 0;
  }
  u8(v) { this.buf.writeUInt8(v, this.pos); this.pos += 1; }
  u16(v) { this.buf.writeUInt16BE(v, this.pos); this.pos += 2; }
  u32(v) { this.buf.writeUInt32BE(v >>> 0, this.pos); this.pos += 4; }
  text(tag, s) {
    const bytes = Buffer.from(s, 'utf8');
    this.u16(tag); this.u8(1); this.u16(bytes.length);
    bytes.copy(this.buf, this.pos); this.pos += bytes.length;
  }
  number(tag, v) { this.u16(tag); this.u8(2); this.u16(4); this.u32(v); }
  finish() { return this.buf.subarray(0, this.pos); }
}

function buildRecord(id, rand, previewEdge) {
  const w = new RecordWriter(64 * 1024);
  w.buf.write('MREC', 0, 'latin1'); w.pos = 4;
  w.u16(3); // version
  w.u32(800 + Math.floor(rand() * 5200)); // width
  w.u32(600 + Math.floor(rand() * 3400)); // height
  const keywordCount = 30 + Math.floor(rand() * 60);
  w.u16(6 + keywordCount);
  w.text(TAG_CAMERA, CAMERAS[Math.floor(rand() * CAMERAS.length)]);
  w.text(TAG_LENS, LENSES[Math.floor(rand() * LENSES.length)]);
  w.number(TAG_ISO, 100 * (1 + Math.floor(rand() * 64)));
  w.number(TAG_EXPOSURE, 1 + Math.floor(rand() * 4000));
  w.number(TAG_CAPTURED, 1600000000 + Math.floor(rand() * 90000000));
  w.text(TAG_GPS, `${(rand() * 180 - 90).toFixed(5)},${(rand() * 360 - 180).toFixed(5)}`);
  for (let k = 0; k < keywordCount; k++) {
    const a = WORDS[Math.floor(rand() * WORDS.length)];
    const b = WORDS[Math.floor(rand() * WORDS.length)];
    w.text(TAG_KEYWORD, `${a}-${b}-${(id * 31 + k) % 977}`);
  }
  // RGB preview, previewEdge x previewEdge, smooth gradients plus noise
  w.u16(previewEdge);
  const fx = rand() * 0.3, fy = rand() * 0.3, phase = rand() * 6.28;
  for (let y = 0; y < previewEdge; y++) {
    for (let x = 0; x < previewEdge; x++) {
      const base = 128 + 100 * Math.sin(fx * x + fy * y + phase);
      w.u8(Math.max(0, Math.min(255, Math.round(base + rand() * 20))));
      w.u8(Math.max(0, Math.min(255, Math.round(base * 0.8 + rand() * 30))));
      w.u8(Math.max(0, Math.min(255, Math.round(255 - base + rand() * 10))));
    }
  }
  return w.finish();
}

class AssetStore {
  constructor() {
    this.packed = new Map();
  }

  async warm(count, previewEdge) {
    const rand = xorshift32(0x5eed1e55);
    const jobs = [];
    for (let id = 1; id <= count; id++) {
      const raw = buildRecord(id, rand, previewEdge);
      jobs.push(deflateAsync(raw).then((packed) => this.packed.set(id, packed)));
    }
    await Promise.all(jobs);
  }

  lookup(id) {
    return this.packed.get(id);
  }
}

module.exports = { AssetStore, TAG_CAMERA, TAG_LENS, TAG_ISO, TAG_EXPOSURE, TAG_CAPTURED, TAG_KEYWORD, TAG_GPS };
