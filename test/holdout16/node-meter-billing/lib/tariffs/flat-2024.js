'use strict';

// Single-rate domestic tariff, October 2024 price cap period.
const UNIT_RATE = 24.5; // pence per kWh
module.exports = {
  code: 'flat-2024',
  label: 'Co-op Standard (single rate)',
  standingChargePence: 60.99,
  exportPencePerKwh: 15.0,
  bands: [{ name: 'all', rate: UNIT_RATE }],
  bandOf() {
    return 'all';
  },
};
