'use strict';

module.exports = { maxCone: '10', note: 'Needs a slow cool (50 C/h from 1000 C) to develop crystals.' };
