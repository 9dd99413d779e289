'use strict';

const { synthesiseTrace, frequencyAdjustedLimit } = require('./waveform');

// Site law constants for ground vibration (USBM square-root scaling):
//   PPV = K * (D / sqrt(W)) ^ -B
const SITE_K = 900;
const SITE_B = 1.6;
const DELAY_WINDOW_MS = 8;

// Groups charges that fire within the same 8 ms window: the maximum
// instantaneous charge (MIC) of a window drives the vibration it causes.
function delayWindows(holes) {
  const windows = new Map();
  for (const hole of holes) {
    const key = Math.floor(hole.delayMs / DELAY_WINDOW_MS);
    let w = windows.get(key);
    if (!w) {
      w = { startMs: key * DELAY_WINDOW_MS, chargeKg: 0, cx: 0, cy: 0, holes: [] };
      windows.set(key, w);
    }
    w.chargeKg += hole.chargeKg;
    w.cx += hole.x * hole.chargeKg;
    w.cy += hole.y * hole.chargeKg;
    w.holes.push(hole.ref);
  }
  const out = [];
  for (const w of windows.values()) {
    w.cx /= w.chargeKg;
    w.cy /= w.chargeKg;
    out.push(w);
  }
  out.sort((a, b) => a.startMs - b.startMs);
  return out;
}

function peakParticleVelocity(distanceM, chargeKg) {
  const scaled = distanceM / Math.sqrt(chargeKg);
  return SITE_K * Math.pow(scaled, -SITE_B);
}

class VibrationAssessor {
  constructor(structures, corridors) {
    this.structures = structures;
    this.corridors = corridors;
  }

  // Looks up the register entries for the structures in a face's corridor.
  corridorStructures(face) {
    const ids = this.corridors.get(face) || [];
    const found = [];
    for (const id of ids) {
      const structure = this.structures.find((s) => s.id === id);
      if (structure) found.push(structure);
    }
    return found;
  }

  // For every delay window, predicts the PPV at each structure in the face's
  // corridor and keeps the worst case per structure.
  assess(plan) {
    const corridor = this.corridorStructures(plan.face);
    const windows = delayWindows(plan.holes);
    const worst = new Map();
    for (const w of windows) {
      for (const structure of corridor) {
        const d = Math.hypot(structure.x - w.cx, structure.y - w.cy);
        const ppv = peakParticleVelocity(d, w.chargeKg);
        const prev = worst.get(structure.id);
        if (!prev || ppv > prev.ppv) {
          worst.set(structure.id, {
            id: structure.id,
            kind: structure.kind,
            limit: structure.limitMmS,
            ppv,
            windowMs: w.startMs,
            distanceM: d,
            position: { x: structure.x, y: structure.y },
          });
        }
      }
    }
    const findings = [...worst.values()].sort((a, b) => b.ppv / b.limit - a.ppv / a.limit);
    for (const f of findings.slice(0, 12)) {
      const trace = synthesiseTrace(plan.holes, f.position, SITE_K, SITE_B);
      f.dominantHz = trace.dominantHz;
      f.tracePeak = trace.peak;
      f.limit = frequencyAdjustedLimit(f.limit, trace.dominantHz);
    }
    const exceedances = findings.filter((f) => f.ppv > f.limit);
    return {
      windows: windows.length,
      maxChargePerDelayKg: Math.max(...windows.map((w) => w.chargeKg)),
      findings: findings.slice(0, 10),
      exceedances,
      approved: exceedances.length === 0,
    };
  }
}

module.exports = { VibrationAssessor, delayWindows, peakParticleVelocity };
