'use strict';

const { mulberry32, pick, intBetween } = require('./rng');

const REGIONS = [
  { id: 'highlands', lat: 57.1, lon: -4.6, classes: ['mountain', 'rural', 'rural'] },
  { id: 'east-coast', lat: 56.2, lon: -2.8, classes: ['coastal', 'urban', 'rural'] },
  { id: 'west-coast', lat: 56.0, lon: -5.6, classes: ['coastal', 'coastal', 'rural'] },
  { id: 'midlands', lat: 52.6, lon: -1.7, classes: ['urban', 'rural', 'urban'] },
  { id: 'lowlands', lat: 55.6, lon: -3.6, classes: ['rural', 'urban', 'rural'] },
  { id: 'islands', lat: 58.2, lon: -6.4, classes: ['coastal', 'coastal', 'mountain'] },
  { id: 'north-plateau', lat: 54.4, lon: -2.2, classes: ['mountain', 'rural', 'mountain'] },
  { id: 'south-valley', lat: 51.2, lon: -0.9, classes: ['urban', 'rural', 'urban'] },
];
const SUFFIX = ['Moor', 'Head', 'Bridge', 'Airport', 'Harbour', 'Fell', 'Park', 'Mill', 'Point', 'Green', 'Cross', 'Law'];
const PREFIX = ['Ard', 'Bal', 'Craig', 'Dun', 'Glen', 'Inver', 'Kil', 'Loch', 'Strath', 'Tarn', 'Wick', 'Ash'];

function buildStations(perRegion = 60, seed = 11) {
  const rng = mulberry32(seed);
  const stations = [];
  for (const region of REGIONS) {
    for (let i = 0; i < perRegion; i++) {
      const cls = pick(rng, region.classes);
      stations.push({
        id: `${region.id.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(3, '0')}`,
        name: `${pick(rng, PREFIX)}${pick(rng, ['a', 'e', 'o', ''])}${pick(rng, ['ton', 'more', 'nish', 'ford', 'ay'])} ${pick(rng, SUFFIX)}`,
        region: region.id,
        class: cls,
        lat: region.lat + (rng() - 0.5) * 1.2,
        lon: region.lon + (rng() - 0.5) * 1.6,
        elevation: cls === 'mountain' ? intBetween(rng, 400, 1100) : intBetween(rng, 2, 250),
      });
    }
  }
  return stations;
}

module.exports = { buildStations, REGIONS };
