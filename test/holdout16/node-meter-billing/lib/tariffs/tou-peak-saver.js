'use strict';

// Four-band time of use tariff that rewards members for shifting load out of
// the 16:00-19:00 peak on the local substation.
const SLOT_BAND = new Array(48);
const RANGES = [
  ['overnight', 0, 14],
  ['day', 14, 32],
  ['peak', 32, 38],
  ['evening', 38, 48],
];
for (const [name, from, to] of RANGES) {
  for (let s = from; s < to; s++) SLOT_BAND[s] = name;
}

module.exports = {
  code: 'tou-peak-saver',
  label: 'Co-op Peak Saver',
  standingChargePence: 55.1,
  exportPencePerKwh: 16.5,
  bands: [
    { name: 'overnight', rate: 9.9 },
    { name: 'day', rate: 23.7 },
    { name: 'peak', rate: 39.4 },
    { name: 'evening', rate: 24.9 },
  ],
  bandOf(slot) {
    return SLOT_BAND[slot];
  },
};
