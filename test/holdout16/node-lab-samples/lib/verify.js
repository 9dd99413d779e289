'use strict';

// Autoverification rules: a sample is released without a scientist looking
// at it only if none of these hold it back.

const DELTA_LIMITS = {
  NA: 8,
  K: 1.0,
  CREA: 0.5, // relative
  GLU: 8,
  CA: 0.4,
  TROP: 0.5, // relative
  HBA1C: 10,
};

const RELATIVE = new Set(['CREA', 'TROP']);

class DeltaHistory {
  constructor() {
    this.last = new Map();
  }

  check(mrn, code, value) {
    const key = `${mrn}:${code}`;
    const prev = this.last.get(key);
    this.last.set(key, value);
    if (prev === undefined || DELTA_LIMITS[code] === undefined) return null;
    const limit = DELTA_LIMITS[code];
    const diff = RELATIVE.has(code) ? Math.abs(value - prev) / Math.max(prev, 1e-9) : Math.abs(value - prev);
    return diff > limit ? { previous: prev, diff } : null;
  }
}

function evaluate(sample, deltas) {
  const reasons = [];
  for (const r of sample.results) {
    if (r.problem) reasons.push(`${r.code}: ${r.problem}`);
    if (r.flag === 'LL' || r.flag === 'HH') reasons.push(`${r.code}: critical ${r.flag}`);
    if (r.value !== null && r.comparator === null) {
      const delta = deltas.check(sample.patient.mrn, r.code, r.value);
      if (delta) reasons.push(`${r.code}: delta ${delta.diff.toFixed(2)} from ${delta.previous}`);
    }
  }
  return reasons;
}

module.exports = { DeltaHistory, evaluate };
