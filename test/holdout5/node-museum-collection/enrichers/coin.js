'use strict';
const METALS = { AV: 'gold', AR: 'silver', AE: 'copper alloy' };
module.exports = function enrichCoin(record) {
  const code = ['AV', 'AR', 'AE'][record.seq % 3];
  return { metal: METALS[code], denominationGuess: record.dimensions.w < 2 ? 'minor' : 'major', trayCell: `N-${record.seq % 400}` };
};
