'use strict';

// Port dues schedule, edited by the harbour office; the berth service picks up
// changes without a restart.
module.exports = {
  effective: '2026-04-01',
  perMetreDay: { commercial: 4.1, fishing: 1.35, leisure: 2.6, ferry: 3.2 },
  pilotageThreshold: 60,
  pilotage(lengthM) {
    return lengthM < this.pilotageThreshold ? 0 : 180 + (lengthM - this.pilotageThreshold) * 6.5;
  },
  wasteLevy(kind, days) {
    const base = kind === 'leisure' ? 12 : 28;
    return base * Math.ceil(days / 7);
  },
  discount(vessel) {
    if (vessel.homePort === 'Kirkwall') return 0.2;
    if (vessel.visits > 10) return 0.1;
    return 0;
  },
};
