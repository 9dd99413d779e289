'use strict';

const { MATERIAL_CENTROIDS, BALE_SPECS } = require('./materials');

const MATERIAL_ENTRIES = Object.entries(MATERIAL_CENTROIDS);

class SorterFrameError extends Error {
  constructor(code, frame, detail) {
    super(`${code} frame on ${frame.line} at ${frame.ts}`);
    this.name = 'SorterFrameError';
    this.code = code;
    this.frame = frame;
    this.detail = detail;
  }
}

function parseSorterFrame(raw) {
  const parts = raw.split('|');
  const frame = { ts: Number(parts[0]), line: parts[1] };
  const kind = parts[2];
  if (kind === 'HB') throw new SorterFrameError('HEARTBEAT', frame);
  if (kind === 'CAL') {
    const white = Number(parts[3].slice(6));
    const dark = Number(parts[4].slice(5));
    throw new SorterFrameError('CALIBRATION', frame, { white, dark });
  }
  if (kind !== 'OBJ') throw new SorterFrameError('UNKNOWN_KIND', frame);
  if (!parts[4]) throw new SorterFrameError('EMPTY_READING', frame);
  const spectrum = parts[4].split(',').map(Number);
  return {
    ...frame,
    itemId: Number(parts[3]),
    spectrum,
    grams: Number(parts[5]),
    barcode: parts[6] || null,
    soiled: parts[7] === '1',
  };
}

async function* parseStage(source, stats, calibration) {
  for await (const chunk of source) {
    const readings = [];
    for (const raw of chunk) {
      try {
        readings.push(parseSorterFrame(raw));
      } catch (err) {
        if (!(err instanceof SorterFrameError)) throw err;
        stats.skipped[err.code] = (stats.skipped[err.code] || 0) + 1;
        if (err.code === 'CALIBRATION') calibration.set(err.frame.line, err.detail);
      }
    }
    stats.parsed += readings.length;
    yield readings;
  }
}

function classifySpectrum(spectrum, cal) {
  const span = cal.white - cal.dark;
  let best = null;
  let bestDist = Infinity;
  let second = Infinity;
  for (const [material, centroid] of MATERIAL_ENTRIES) {
    let d = 0;
    for (let i = 0; i < centroid.length; i++) {
      const v = (spectrum[i] - cal.dark) / span;
      d += (v - centroid[i]) * (v - centroid[i]);
    }
    if (d < bestDist) {
      second = bestDist;
      bestDist = d;
      best = material;
    } else if (d < second) {
      second = d;
    }
  }
  const confidence = second === Infinity ? 1 : 1 - Math.sqrt(bestDist) / (Math.sqrt(bestDist) + Math.sqrt(second));
  return { material: best, confidence };
}

async function* classifyStage(source, stats, calibration) {
  const fallback = { white: 0.97, dark: 0.025 };
  for await (const readings of source) {
    for (const r of readings) {
      const { material, confidence } = classifySpectrum(r.spectrum, calibration.get(r.line) || fallback);
      r.material = material;
      r.confidence = confidence;
      stats.classified++;
    }
    yield readings;
  }
}

function forkReading(reading) {
  return JSON.parse(JSON.stringify(reading));
}

function gtinCheckDigitValid(barcode) {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (barcode.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === barcode.charCodeAt(12) - 48;
}

function matchProducer(barcode, candidates) {
  for (const producer of candidates) {
    const pattern = new RegExp(`^${producer.gs1Prefix}\\d{${13 - producer.gs1Prefix.length}}$`);
    if (pattern.test(barcode)) return producer;
  }
  return null;
}

async function* depositReturnStage(source, stats, producersByLead) {
  for await (const readings of source) {
    const tagged = [];
    for (const reading of readings) {
      const item = forkReading(reading);
      if (item.barcode) {
        const producer = matchProducer(item.barcode, producersByLead.get(item.barcode.slice(0, 4)) || []);
        if (producer && producer.drsMaterials.includes(item.material)) {
          item.drsProducer = producer.producerId;
          item.drsValid = gtinCheckDigitValid(item.barcode);
          stats.drsItems++;
        }
      }
      tagged.push(item);
    }
    yield tagged;
  }
}

async function* baleStage(source, stats) {
  const open = new Map();
  for await (const items of source) {
    const closed = [];
    for (const item of items) {
      const key = `${item.line}:${item.material}`;
      let bale = open.get(key);
      if (!bale) {
        bale = { line: item.line, material: item.material, grams: 0, items: 0, goodGrams: 0, drsGrams: 0, openedAt: item.ts };
        open.set(key, bale);
      }
      bale.grams += item.grams;
      bale.items++;
      if (item.confidence >= 0.62 && !item.soiled) bale.goodGrams += item.grams;
      if (item.drsProducer) bale.drsGrams += item.grams;
      const spec = BALE_SPECS[item.material];
      if (bale.grams >= spec.targetKg * 1000) {
        const purity = bale.goodGrams / bale.grams;
        bale.purity = Math.round(purity * 1000) / 1000;
        bale.grade = purity >= spec.minPurity ? 'A' : purity >= spec.minPurity - 0.05 ? 'B' : 'REJECT';
        bale.value = bale.grade === 'REJECT' ? 0 : (bale.grams / 1e6) * spec.pricePerTonne * (bale.grade === 'A' ? 1 : 0.8);
        bale.closedAt = item.ts;
        closed.push(bale);
        open.delete(key);
      }
    }
    stats.bales += closed.length;
    yield closed;
  }
}

module.exports = { parseStage, classifyStage, depositReturnStage, baleStage };
