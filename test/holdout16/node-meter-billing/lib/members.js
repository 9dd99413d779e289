'use strict';

const TARIFF_MIX = [
  ['flat-2024', 0.35],
  ['tou-economy7', 0.25],
  ['tou-peak-saver', 0.3],
  ['community-heat', 0.1],
];

const STREETS = ['Mill Lane', 'Orchard Rise', 'Quarry Road', 'Chapel Street', 'Weavers Row', 'Brook Close', 'Station Road', 'The Green'];

function pickTariff(rng) {
  let r = rng.next();
  for (const [code, p] of TARIFF_MIX) {
    r -= p;
    if (r < 0) return code;
  }
  return TARIFF_MIX[0][0];
}

function createMembers(rng, count) {
  const members = [];
  for (let i = 1; i <= count; i++) {
    const hasSolar = rng.chance(0.4);
    members.push({
      memberNo: `CE${String(i).padStart(5, '0')}`,
      name: `Member ${i}`,
      address: `${rng.int(1, 120)} ${rng.pick(STREETS)}, Ashby Vale`,
      mpan: `19${String(10000000000 + i * 7919).slice(-11)}`,
      exportMpan: hasSolar ? `19${String(20000000000 + i * 7919).slice(-11)}` : null,
      tariffCode: pickTariff(rng),
      hasSolar,
      solarKwp: hasSolar ? Math.round(rng.between(2, 6) * 10) / 10 : 0,
      baseLoadKw: rng.between(0.12, 0.45),
      eveningPeakKw: rng.between(0.6, 2.4),
      hasHeatPump: rng.chance(0.2),
      vatRate: 0.05,
    });
  }
  return members;
}

module.exports = { createMembers };
