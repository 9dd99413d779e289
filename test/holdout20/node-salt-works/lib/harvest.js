'use strict';

function harvestPlan(ledger, ponds) {
  const plan = [];
  for (const pond of ponds) {
    const entry = ledger.get(pond.code);
    if (!entry || entry.window.length === 0) continue;
    const sorted = [...entry.window].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const tonnesPerMm = (pond.areaM2 * 0.001 * 1.2) / 1000;
    plan.push({
      pond: pond.code,
      stage: pond.stage,
      medianBaume: median,
      readings: entry.count,
      transitions: entry.transitions.length,
      evaporatedMm: Math.round(entry.evaporated * 10) / 10,
      estimatedTonnes: Math.round(entry.evaporated * tonnesPerMm * 100) / 100,
      ready: median >= 25.6 && median < 29,
    });
  }
  plan.sort((a, b) => (b.ready - a.ready) || (b.medianBaume - a.medianBaume));
  return plan;
}

module.exports = { harvestPlan };
