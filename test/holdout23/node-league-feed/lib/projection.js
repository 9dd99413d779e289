'use strict';

const { createRng } = require('./rng');
const { poisson } = require('./season');

// Monte Carlo projection of the final table from the current one and the
// remaining fixtures, using attack/defence ratings fitted from results so far.
function fitRatings(table) {
  const rows = [...table.rows.values()];
  const avgFor = rows.reduce((s, r) => s + r.gf, 0) / Math.max(1, rows.reduce((s, r) => s + r.played, 0));
  const ratings = new Map();
  for (const r of rows) {
    if (r.played < 3 || avgFor === 0) {
      ratings.set(r.code, { attack: 1, defence: 1 });
      continue;
    }
    const played = r.played;
    ratings.set(r.code, { attack: r.gf / played / avgFor || 1, defence: avgFor / (r.ga / played || avgFor) });
  }
  return ratings;
}

function projectFinalTable(table, remaining, simulations, seed) {
  const rng = createRng(seed);
  const ratings = fitRatings(table);
  const codes = [...table.rows.keys()];
  const index = new Map(codes.map((c, i) => [c, i]));
  const basePoints = codes.map((c) => table.rows.get(c).points);
  const baseGd = codes.map((c) => table.rows.get(c).gf - table.rows.get(c).ga);
  const positionCounts = codes.map(() => new Array(codes.length).fill(0));
  const pointsSum = new Array(codes.length).fill(0);
  const points = new Array(codes.length);
  const gd = new Array(codes.length);
  const order = codes.map((_, i) => i);
  for (let s = 0; s < simulations; s++) {
    for (let i = 0; i < codes.length; i++) {
      points[i] = basePoints[i];
      gd[i] = baseGd[i];
    }
    for (const f of remaining) {
      const h = index.get(f.home);
      const a = index.get(f.away);
      const hr = ratings.get(f.home);
      const ar = ratings.get(f.away);
      const hg = poisson(1.45 * hr.attack / ar.defence, rng);
      const ag = poisson(1.15 * ar.attack / hr.defence, rng);
      gd[h] += hg - ag;
      gd[a] += ag - hg;
      if (hg > ag) points[h] += 3;
      else if (hg < ag) points[a] += 3;
      else {
        points[h] += 1;
        points[a] += 1;
      }
    }
    order.sort((x, y) => points[y] - points[x] || gd[y] - gd[x] || x - y);
    order.forEach((team, pos) => {
      positionCounts[team][pos]++;
      pointsSum[team] += points[team];
    });
  }
  return codes
    .map((code, i) => ({
      code,
      expectedPoints: pointsSum[i] / simulations,
      title: positionCounts[i][0] / simulations,
      top4: positionCounts[i].slice(0, 4).reduce((s, n) => s + n, 0) / simulations,
      relegation: positionCounts[i].slice(-3).reduce((s, n) => s + n, 0) / simulations,
    }))
    .sort((a, b) => b.expectedPoints - a.expectedPoints);
}

module.exports = { projectFinalTable };
