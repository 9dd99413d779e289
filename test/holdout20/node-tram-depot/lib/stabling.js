'use strict';

const { createRng } = require('./rng');

// Depot roads: each holds trams nose to tail; some have a wash plant or an inspection pit.
function depotRoads() {
  const roads = [];
  for (let i = 1; i <= 18; i++) {
    roads.push({ id: `R${String(i).padStart(2, '0')}`, lengthM: 90 + (i % 4) * 25, wash: i % 6 === 0, pit: i % 5 === 0, exitOrder: i });
  }
  return roads;
}

function planCost(plan, trams, roads, departures) {
  let cost = 0;
  const used = new Array(roads.length).fill(0);
  const blocked = new Array(roads.length).fill(0);
  for (let t = 0; t < plan.length; t++) {
    const r = plan[t];
    const road = roads[r];
    const tram = trams[t];
    used[r] += tram.lengthM + 2;
    if (tram.needsWash && !road.wash) cost += 6;
    if (tram.needsPit && !road.pit) cost += 9;
    // A tram leaving early that is parked behind a later one forces a shunt.
    blocked[r] = Math.max(blocked[r], departures[t]);
    if (departures[t] < blocked[r]) cost += 4;
    cost += road.exitOrder * 0.05 * (24 - departures[t]);
  }
  for (let r = 0; r < roads.length; r++) if (used[r] > roads[r].lengthM) cost += (used[r] - roads[r].lengthM) * 3;
  return cost;
}

// Local search over road assignments for the night's stabling plan.
function optimiseStabling(trams, roads, departures, iterations, seed) {
  const rng = createRng(seed);
  let plan = trams.map((_, i) => i % roads.length);
  let best = planCost(plan, trams, roads, departures);
  for (let it = 0; it < iterations; it++) {
    const candidate = plan.slice();
    const t = rng.int(0, trams.length - 1);
    candidate[t] = rng.int(0, roads.length - 1);
    if (rng.next() < 0.3) {
      const u = rng.int(0, trams.length - 1);
      const tmp = candidate[t]; candidate[t] = candidate[u]; candidate[u] = tmp;
    }
    const cost = planCost(candidate, trams, roads, departures);
    if (cost <= best) {
      best = cost;
      plan = candidate;
    }
  }
  return { cost: Math.round(best * 10) / 10, assignments: plan.map((r, t) => ({ fleetNo: trams[t].fleetNo, road: roads[r].id })) };
}

module.exports = { depotRoads, optimiseStabling };
