'use strict';

module.exports = { maxCone: '04', note: 'Low-fire lustre; never in the stoneware firing.' };
