'use strict';

// Stage = number of working bells. Level = minimum ringer level (1-10) to ring it reliably inside.
const METHODS = {
  'Rounds and Call Changes': { stage: 0, level: 1 },
  'Plain Hunt': { stage: 0, level: 2 },
  'Plain Bob Doubles': { stage: 5, level: 3 },
  'Grandsire Doubles': { stage: 5, level: 4 },
  'Stedman Doubles': { stage: 5, level: 6 },
  'Plain Bob Minor': { stage: 6, level: 3 },
  'Kent Treble Bob Minor': { stage: 6, level: 5 },
  'Cambridge Surprise Minor': { stage: 6, level: 6 },
  'Grandsire Triples': { stage: 7, level: 4 },
  'Stedman Triples': { stage: 7, level: 7 },
  'Plain Bob Major': { stage: 8, level: 4 },
  'Yorkshire Surprise Major': { stage: 8, level: 7 },
  'Cambridge Surprise Major': { stage: 8, level: 7 },
  'Bristol Surprise Major': { stage: 8, level: 9 },
  'Grandsire Caters': { stage: 9, level: 6 },
  'Stedman Caters': { stage: 9, level: 8 },
  'Plain Bob Royal': { stage: 10, level: 6 },
  'Yorkshire Surprise Royal': { stage: 10, level: 8 },
  'Cambridge Surprise Royal': { stage: 10, level: 8 },
  'Grandsire Cinques': { stage: 11, level: 7 },
  'Stedman Cinques': { stage: 11, level: 9 },
  'Cambridge Surprise Maximus': { stage: 12, level: 9 },
  'Bristol Surprise Maximus': { stage: 12, level: 10 },
};

const BY_TOWER_SIZE = {
  6: { service: ['Rounds and Call Changes', 'Plain Hunt', 'Plain Bob Doubles', 'Grandsire Doubles'], practice: ['Plain Bob Minor', 'Kent Treble Bob Minor', 'Stedman Doubles'], quarter: ['Cambridge Surprise Minor', 'Plain Bob Minor'] },
  8: { service: ['Rounds and Call Changes', 'Grandsire Triples', 'Plain Bob Major'], practice: ['Plain Bob Major', 'Stedman Triples', 'Yorkshire Surprise Major'], quarter: ['Yorkshire Surprise Major', 'Cambridge Surprise Major', 'Bristol Surprise Major'] },
  10: { service: ['Rounds and Call Changes', 'Grandsire Caters', 'Plain Bob Royal'], practice: ['Plain Bob Royal', 'Yorkshire Surprise Royal', 'Stedman Caters'], quarter: ['Cambridge Surprise Royal', 'Yorkshire Surprise Royal'] },
  12: { service: ['Rounds and Call Changes', 'Grandsire Cinques', 'Plain Bob Royal'], practice: ['Stedman Cinques', 'Cambridge Surprise Maximus'], quarter: ['Bristol Surprise Maximus', 'Cambridge Surprise Maximus'] },
};

function methodsFor(bells, kind) {
  return BY_TOWER_SIZE[bells][kind];
}

module.exports = { METHODS, methodsFor };
