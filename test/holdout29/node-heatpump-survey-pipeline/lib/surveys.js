'use strict';
// Site-survey exports as the surveyors' tablet app writes them: one text block
// per property, one line per room plus a flat list of existing emitters.
const { mulberry32, pick } = require('./prng');

const ROOM_TYPES = [
  ['Lounge', 21], ['Dining', 21], ['Kitchen', 18], ['Bedroom 1', 18], ['Bedroom 2', 18], ['Bedroom 3', 18],
  ['Bathroom', 22], ['Hall', 18], ['Study', 21], ['Landing', 18], ['En-suite', 22], ['Utility', 16],
];
const REGIONS = ['AB', 'BS', 'CF', 'EX', 'G', 'LS', 'M', 'NE', 'NR', 'OX', 'PL', 'SW', 'TR', 'YO'];
const WALLS = ['solid brick', 'cavity unfilled', 'cavity filled', 'timber frame', 'stone'];

function buildSurveyBatch(seed, batchNo, count) {
  const rand = mulberry32(seed * 1000 + batchNo);
  const surveys = [];
  const emitters = [];
  for (let s = 0; s < count; s++) {
    const ref = `HP-${batchNo}-${String(s).padStart(4, '0')}`;
    const region = pick(rand, REGIONS);
    const nRooms = 6 + Math.floor(rand() * 7);
    const lines = [`Survey ${ref}`, `Postcode area: ${region}`, `Construction: ${pick(rand, WALLS)}`, `Flow temp target: ${pick(rand, [45, 50, 55])} C`];
    for (let r = 0; r < nRooms; r++) {
      const [name, design] = ROOM_TYPES[r % ROOM_TYPES.length];
      const roomRef = `${ref}/R${r + 1}`;
      const sep = rand() < 0.5 ? ':' : '=';
      lines.push([
        `Room ${roomRef} ${name}`,
        `length${sep} ${(2 + rand() * 5).toFixed(2)} m`,
        `width${sep} ${(2 + rand() * 4).toFixed(2)} m`,
        `height${sep} ${(2.3 + rand() * 0.5).toFixed(2)} m`,
        `external walls${sep} ${1 + Math.floor(rand() * 3)} n`,
        `glazing${sep} ${(0.8 + rand() * 4).toFixed(1)} m2`,
        `design temp${sep} ${design} C`,
        `air changes${sep} ${(0.5 + rand() * 1.5).toFixed(1)} ach`,
      ].join('; '));
      const nEmit = Math.floor(rand() * 3);
      for (let e = 0; e < nEmit; e++) {
        emitters.push({ roomRef, kind: rand() < 0.85 ? 'radiator' : 'towel-rail', widthMm: 400 + 100 * Math.floor(rand() * 13), heightMm: pick(rand, [300, 450, 600, 700]), panels: pick(rand, ['K1', 'P+', 'K2', 'K3']) });
      }
    }
    surveys.push({ ref, text: lines.join('\n') });
  }
  return { batchNo, surveys, emitters };
}

module.exports = { buildSurveyBatch };
