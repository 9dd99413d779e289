'use strict';
// Synthetic service telemetry: per-endpoint latency series with daily seasonality, bursts and
// a slow drift, generated into preallocated typed arrays.

function pcg32(seedHi, seedLo) {
  // 32-bit output permuted congruential generator on a 64-bit state held as two 32-bit halves.
  let hi = seedHi >>> 0, lo = seedLo >>> 0;
  const MUL_HI = 0x5851f42d, MUL_LO = 0x4c957f2d, INC_HI = 0x14057b7e, INC_LO = 0xf767814f;
  return function next() {
    const oldHi = hi, oldLo = lo;
    // state = state * MUL + INC (mod 2^64)
    const loLo = (oldLo & 0xffff) * (MUL_LO & 0xffff);
    const loHi = (oldLo >>> 16) * (MUL_LO & 0xffff) + (oldLo & 0xffff) * (MUL_LO >>> 16) + (loLo >>> 16);
    const newLo = ((loHi & 0xffff) << 16 | (loLo & 0xffff)) >>> 0;
    const carry = Math.floor(loHi / 65536) + (oldLo >>> 16) * (MUL_LO >>> 16);
    const newHi = (Math.imul(oldHi, MUL_LO) + Math.imul(oldLo, MUL_HI) + carry) >>> 0;
    const sumLo = newLo + INC_LO;
    lo = sumLo >>> 0;
    hi = (newHi + INC_HI + (sumLo > 0xffffffff ? 1 : 0)) >>> 0;
    // output: rotate32(((old ^ (old >> 18)) >> 27) as u32, old >> 59)
    const xHi = oldHi ^ (oldHi >>> 18);
    const xLo = oldLo ^ ((oldLo >>> 18) | (oldHi << 14));
    const xorshifted = ((xLo >>> 27) | (xHi << 5)) >>> 0;
    const rot = oldHi >>> 27;
    return ((xorshifted >>> rot) | (xorshifted << ((32 - rot) & 31))) >>> 0;
  };
}

function uniformSource(seed) {
  const next = pcg32(seed, seed ^ 0x9e3779b9);
  return () => (next() + 0.5) / 4294967296;
}

function generateSeries(count, length, seed) {
  const uniform = uniformSource(seed);
  const series = [];
  for (let s = 0; s < count; s++) {
    const values = new Float64Array(length);
    const base = 20 + uniform() * 180;
    const drift = (uniform() - 0.3) * base * 0.5 / length;
    const burstEvery = 500 + Math.floor(uniform() * 4000);
    for (let t = 0; t < length; t++) {
      const season = 1 + 0.35 * Math.sin((2 * Math.PI * t) / 1440);
      // log-normal noise via Box-Muller
      const u1 = uniform(), u2 = uniform();
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      let v = (base + drift * t) * season * Math.exp(0.25 * z);
      if (t % burstEvery < 25) v *= 3 + uniform() * 2;
      values[t] = v;
    }
    series.push({ id: `endpoint-${String(s).padStart(2, '0')}`, values });
  }
  return series;
}

module.exports = { generateSeries, uniformSource };
