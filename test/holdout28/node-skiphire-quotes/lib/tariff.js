'use strict';

const DEPOTS = [
  { id: 'DEP-N', name: 'Northgate Yard', lat: 53.842, lon: -1.551, fleet: { mini: 30, midi: 40, builders: 55, maxi: 20, roro20: 8 } },
  { id: 'DEP-E', name: 'Eastfield Transfer', lat: 53.801, lon: -1.452, fleet: { mini: 25, midi: 35, builders: 45, maxi: 18, roro20: 6 } },
  { id: 'DEP-S', name: 'Southbank Depot', lat: 53.743, lon: -1.538, fleet: { mini: 28, midi: 38, builders: 50, maxi: 15, roro20: 10 } },
  { id: 'DEP-W', name: 'Westmoor Recycling', lat: 53.795, lon: -1.668, fleet: { mini: 20, midi: 30, builders: 40, maxi: 16, roro20: 5 } },
  { id: 'DEP-C', name: 'City Wharf', lat: 53.792, lon: -1.545, fleet: { mini: 35, midi: 45, builders: 60, maxi: 10, roro20: 4 } },
];

const SKIPS = {
  mini: { yards: 2, baseFee: 165, weightAllowanceKg: 1000 },
  midi: { yards: 4, baseFee: 210, weightAllowanceKg: 2000 },
  builders: { yards: 8, baseFee: 285, weightAllowanceKg: 3500 },
  maxi: { yards: 12, baseFee: 360, weightAllowanceKg: 4500 },
  roro20: { yards: 20, baseFee: 520, weightAllowanceKg: 7000 },
};

const WASTE_TYPES = {
  general: { gateFeePerTonne: 98, landfillTaxPerTonne: 103.7, densityKgPerYard: 260, restricted: [] },
  inert: { gateFeePerTonne: 22, landfillTaxPerTonne: 3.3, densityKgPerYard: 1100, restricted: ['maxi', 'roro20'] },
  green: { gateFeePerTonne: 38, landfillTaxPerTonne: 0, densityKgPerYard: 180, restricted: [] },
  wood: { gateFeePerTonne: 64, landfillTaxPerTonne: 0, densityKgPerYard: 220, restricted: [] },
  plasterboard: { gateFeePerTonne: 145, landfillTaxPerTonne: 103.7, densityKgPerYard: 300, restricted: ['roro20'] },
};

const HIRE_PERIODS = [7, 14, 28];

const COUNCIL_PERMITS = new Map([
  ['LS1', 65], ['LS2', 65], ['LS3', 55], ['LS4', 55], ['LS5', 55], ['LS6', 60], ['LS7', 60], ['LS8', 60],
  ['LS9', 50], ['LS10', 50], ['LS11', 50], ['LS12', 52], ['LS13', 52], ['LS14', 48], ['LS15', 48], ['LS16', 58],
  ['LS17', 58], ['LS18', 45], ['LS19', 45], ['LS20', 45], ['BD1', 40], ['BD2', 40], ['BD3', 38], ['WF1', 36],
]);

const DISTRICT_CENTROIDS = (() => {
  const m = new Map();
  let i = 0;
  for (const district of COUNCIL_PERMITS.keys()) {
    const angle = (i * 137.5 * Math.PI) / 180;
    const r = 0.02 + 0.004 * i;
    m.set(district, { lat: 53.795 + r * Math.sin(angle), lon: -1.548 + r * 1.6 * Math.cos(angle) });
    i++;
  }
  return m;
})();

module.exports = { DEPOTS, SKIPS, WASTE_TYPES, HIRE_PERIODS, COUNCIL_PERMITS, DISTRICT_CENTROIDS };
