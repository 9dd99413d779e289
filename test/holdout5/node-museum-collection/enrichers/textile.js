'use strict';
const FIBRES = ['silk', 'wool', 'linen', 'cotton'];
module.exports = function enrichTextile(record) {
  const fibre = FIBRES[record.seq % FIBRES.length];
  return { fibre, lightLimitLux: fibre === 'silk' ? 50 : 80, rolledStorage: record.dimensions.w > 150 };
};
