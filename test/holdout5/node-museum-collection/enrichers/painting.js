'use strict';
const MEDIA = ['oil on canvas', 'oil on panel', 'tempera on panel', 'watercolour', 'acrylic on canvas', 'gouache'];
module.exports = function enrichPainting(record) {
  const medium = MEDIA[record.seq % MEDIA.length];
  const areaCm2 = record.dimensions.h * record.dimensions.w;
  return { medium, areaCm2, conservationBand: areaCm2 > 20000 ? 'large-format' : 'standard', glazed: medium === 'watercolour' };
};
