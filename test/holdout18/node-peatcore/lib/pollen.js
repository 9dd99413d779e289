'use strict';

const { TAXA } = require('./cores');

function percentages(slice) {
  const total = Object.values(slice.pollen).reduce((s, n) => s + n, 0) || 1;
  return TAXA.map((t) => (100 * (slice.pollen[t] || 0)) / total);
}

// Prefix sums of each taxon's percentage and its square, so the within-zone
// sum of squares of any depth range costs O(taxa).
function prefixSums(rows) {
  const k = rows[0].length;
  const sum = [new Float64Array(k)];
  const sq = [new Float64Array(k)];
  for (let i = 0; i < rows.length; i++) {
    const s = Float64Array.from(sum[i]);
    const q = Float64Array.from(sq[i]);
    for (let j = 0; j < k; j++) { s[j] += rows[i][j]; q[j] += rows[i][j] ** 2; }
    sum.push(s);
    sq.push(q);
  }
  return { sum, sq, k };
}

function sumOfSquares(p, from, to) {
  const n = to - from;
  let ss = 0;
  for (let j = 0; j < p.k; j++) {
    const s = p.sum[to][j] - p.sum[from][j];
    ss += p.sq[to][j] - p.sq[from][j] - (s * s) / n;
  }
  return ss;
}

// Binary-split zonation of a pollen diagram: repeatedly split the zone whose
// best split lowers the within-zone sum of squares the most.
function zonate(slices, maxZones) {
  const ordered = [...slices].sort((a, b) => a.topCm - b.topCm);
  const rows = ordered.map(percentages);
  const p = prefixSums(rows);
  const zones = [[0, rows.length]];
  while (zones.length < maxZones) {
    let best = null;
    for (let z = 0; z < zones.length; z++) {
      const [from, to] = zones[z];
      if (to - from < 4) continue;
      const whole = sumOfSquares(p, from, to);
      for (let cut = from + 2; cut <= to - 2; cut++) {
        const gain = whole - sumOfSquares(p, from, cut) - sumOfSquares(p, cut, to);
        if (!best || gain > best.gain) best = { z, cut, gain };
      }
    }
    if (!best) break;
    const [from, to] = zones[best.z];
    zones.splice(best.z, 1, [from, best.cut], [best.cut, to]);
  }
  return zones.map(([from, to]) => {
    let dominant = 0;
    for (let j = 1; j < p.k; j++) {
      if (p.sum[to][j] - p.sum[from][j] > p.sum[to][dominant] - p.sum[from][dominant]) dominant = j;
    }
    return { fromCm: ordered[from].topCm, toCm: ordered[to - 1].topCm + ordered[to - 1].thicknessCm, dominant: TAXA[dominant] };
  });
}

module.exports = { zonate };
