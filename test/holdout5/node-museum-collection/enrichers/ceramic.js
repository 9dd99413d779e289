'use strict';
const BODIES = ['earthenware', 'stoneware', 'porcelain', 'bone china'];
module.exports = function enrichCeramic(record) {
  const body = BODIES[record.seq % BODIES.length];
  return { body, handlingClass: body === 'porcelain' ? 'fragile' : 'normal', mountRequired: record.dimensions.h > 40 };
};
