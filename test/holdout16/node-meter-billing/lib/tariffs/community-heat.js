'use strict';

// Heat-pump households on the community heat scheme get a cheaper overnight
// band and a weekday afternoon boost window.
module.exports = {
  code: 'community-heat',
  label: 'Community Heat (heat pump)',
  standingChargePence: 52.0,
  exportPencePerKwh: 15.0,
  bands: [
    { name: 'boost', rate: 12.4 },
    { name: 'night', rate: 15.2 },
    { name: 'standard', rate: 26.1 },
  ],
  bandOf(slot, dayOfWeek) {
    if (slot < 10 || slot >= 46) return 'night';
    if (dayOfWeek >= 1 && dayOfWeek <= 5 && slot >= 26 && slot < 32) return 'boost';
    return 'standard';
  },
};
