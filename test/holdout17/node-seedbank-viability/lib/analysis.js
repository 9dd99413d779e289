'use strict';

const { probit, normCdf, wilson, weightedFit } = require('./stats');
const { mulberry32 } = require('./rng');

const DAY_MS = 86400000;
const REGENERATION_FRACTION = 0.85;
const MAX_TESTS = 16;
const PLANNING_HORIZON_DAYS = 150 * 365.25;

class AccessionAnalyser {
  constructor() {
    this.xs = new Float64Array(MAX_TESTS);
    this.ys = new Float64Array(MAX_TESTS);
    this.ws = new Float64Array(MAX_TESTS);
  }

  analyse(acc) {
    const tests = [...acc.tests.values()].sort((a, b) => a.date - b.date);
    const n = Math.min(tests.length, MAX_TESTS);
    let sw = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    for (let i = 0; i < n; i++) {
      const t = tests[i];
      const p = (t.germ + t.fresh + 0.5) / (t.sown + 1);
      const y = probit(p);
      const w = t.sown * Math.max(p * (1 - p), 0.01);
      this.xs[i] = t.days;
      this.ys[i] = y;
      this.ws[i] = w;
      sw += w;
      sx += w * t.days;
      sy += w * y;
      sxx += w * t.days * t.days;
      sxy += w * t.days * y;
    }
    const fit = weightedFit(this.xs, this.ys, this.ws, n);
    const last = tests[n - 1];
    const [lo, hi] = wilson(last.germ + last.fresh, last.sown);
    const ki = fit.a;
    const sigma = fit.b < 0 ? -1 / fit.b : Infinity;
    const initial = normCdf(ki);
    const threshold = probit(initial * REGENERATION_FRACTION);
    const daysToThreshold = Number.isFinite(sigma) ? (ki - threshold) * sigma : Infinity;
    const dormancyShare = last.fresh / Math.max(1, last.germ + last.fresh);
    return {
      id: acc.id,
      species: acc.species,
      site: acc.site,
      tests: n,
      lastTested: last.date,
      lastViability: (last.germ + last.fresh) / last.sown,
      ci: [lo, hi],
      ki,
      sigma,
      initialViability: initial,
      regenerateBy: daysToThreshold < PLANNING_HORIZON_DAYS ? acc.banked + Math.max(0, daysToThreshold) * DAY_MS : null,
      dormancyFlag: dormancyShare > 0.2,
      sums: [sw, sx, sy, sxx, sxy],
    };
  }
}

function speciesSummary(code, results, { resamples, seed }) {
  const k = results.length;
  const sums = new Float64Array(k * 5);
  results.forEach((r, i) => sums.set(r.sums, i * 5));
  const fitFromSums = (sw, sx, sy, sxx, sxy) => {
    const det = sw * sxx - sx * sx;
    return det === 0 ? 0 : (sw * sxy - sx * sy) / det;
  };
  let tw = 0;
  let tx = 0;
  let ty = 0;
  let txx = 0;
  let txy = 0;
  for (let i = 0; i < k; i++) {
    tw += sums[i * 5];
    tx += sums[i * 5 + 1];
    ty += sums[i * 5 + 2];
    txx += sums[i * 5 + 3];
    txy += sums[i * 5 + 4];
  }
  const slope = fitFromSums(tw, tx, ty, txx, txy);
  const rnd = mulberry32(seed);
  const boot = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    let w = 0;
    let x = 0;
    let y = 0;
    let xx = 0;
    let xy = 0;
    for (let j = 0; j < k; j++) {
      const i = ((rnd() * k) | 0) * 5;
      w += sums[i];
      x += sums[i + 1];
      y += sums[i + 2];
      xx += sums[i + 3];
      xy += sums[i + 4];
    }
    boot[b] = fitFromSums(w, x, y, xx, xy);
  }
  boot.sort();
  const toSigma = (s) => (s < 0 ? -1 / s : Infinity);
  const lastViab = results.map((r) => r.lastViability).sort((a, b) => a - b);
  return {
    species: code,
    accessions: k,
    sigmaDays: toSigma(slope),
    sigmaCi: [toSigma(boot[Math.floor(resamples * 0.025)]), toSigma(boot[Math.floor(resamples * 0.975)])],
    medianViability: lastViab[Math.floor(k / 2)],
    dormancyFlags: results.filter((r) => r.dormancyFlag).length,
  };
}

module.exports = { AccessionAnalyser, speciesSummary };
