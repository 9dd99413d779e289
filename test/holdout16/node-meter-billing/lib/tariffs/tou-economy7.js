'use strict';

// Economy 7: seven cheap hours overnight (00:30-07:30 GMT).
const NIGHT_FROM = 1; // slot index, 00:30
const NIGHT_TO = 15; // exclusive, 07:30
module.exports = {
  code: 'tou-economy7',
  label: 'Co-op Economy 7',
  standingChargePence: 58.4,
  exportPencePerKwh: 15.0,
  bands: [
    { name: 'night', rate: 13.8 },
    { name: 'day', rate: 29.6 },
  ],
  bandOf(slot) {
    return slot >= NIGHT_FROM && slot < NIGHT_TO ? 'night' : 'day';
  },
};
