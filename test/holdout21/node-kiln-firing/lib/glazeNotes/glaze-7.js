'use strict';

module.exports = { maxCone: '6', note: 'Runs badly above cone 6; keep off shelves with porcelain.' };
