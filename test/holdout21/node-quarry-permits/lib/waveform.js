'use strict';

const SAMPLE_RATE_HZ = 1000;
const RECORD_MS = 700;
const WAVE_SPEED_M_S = 3200;

// Synthesises the expected ground-motion trace at a structure by summing a
// damped wavelet for every borehole, arriving after its delay plus travel
// time. The peak and dominant frequency feed the frequency-dependent limit.
function synthesiseTrace(holes, structure, siteK, siteB) {
  const n = Math.floor((SAMPLE_RATE_HZ * RECORD_MS) / 1000);
  const trace = new Float64Array(n);
  for (const hole of holes) {
    const d = Math.hypot(structure.x - hole.x, structure.y - hole.y);
    const amp = siteK * Math.pow(d / Math.sqrt(hole.chargeKg), -siteB);
    const arrival = Math.floor(((hole.delayMs + (d / WAVE_SPEED_M_S) * 1000) * SAMPLE_RATE_HZ) / 1000);
    const freq = 8 + 120 / Math.sqrt(d / 10);
    for (let i = arrival; i < n && i < arrival + 120; i++) {
      const t = (i - arrival) / SAMPLE_RATE_HZ;
      trace[i] += amp * Math.exp(-t * 38) * Math.sin(2 * Math.PI * freq * t);
    }
  }
  let peak = 0;
  let crossings = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(trace[i]);
    if (a > peak) peak = a;
    if (i > 0 && (trace[i - 1] < 0) !== (trace[i] < 0)) crossings++;
  }
  const dominantHz = crossings / 2 / (RECORD_MS / 1000);
  return { peak, dominantHz };
}

// BS 7385-style frequency-dependent limit: lower frequencies are more
// damaging, so the allowed PPV ramps up with frequency.
function frequencyAdjustedLimit(baseLimit, hz) {
  if (hz < 4) return baseLimit * 0.6;
  if (hz < 15) return baseLimit * (0.6 + ((hz - 4) / 11) * 0.4);
  if (hz < 40) return baseLimit * (1 + ((hz - 15) / 25) * 0.5);
  return baseLimit * 1.5;
}

module.exports = { synthesiseTrace, frequencyAdjustedLimit };
