'use strict';

const { pick } = require('./random');

const REGIONS = ['Saxony', 'Thuringia', 'East Frisia', 'Holland', 'Alsace', 'Silesia', 'Tyrol', 'Lombardy', 'Brabant', 'Bohemia', 'Jutland', 'Gascony'];
const TEMPERAMENT_NAMES = ['equal', 'werckmeister3', 'kirnberger3', 'vallotti', 'meantone', 'young2', 'neidhardt1732', 'bach-lehman'];
const STOPS = [
  { name: 'Principal', footage: 8, family: 'principal', stopped: false },
  { name: 'Octave', footage: 4, family: 'principal', stopped: false },
  { name: 'Superoctave', footage: 2, family: 'principal', stopped: false },
  { name: 'Gedackt', footage: 8, family: 'flute', stopped: true },
  { name: 'Rohrflöte', footage: 4, family: 'flute', stopped: true },
  { name: 'Quintadena', footage: 8, family: 'flute', stopped: true },
  { name: 'Spitzflöte', footage: 4, family: 'flute', stopped: false },
  { name: 'Nasard', footage: 2.667, family: 'flute', stopped: false },
  { name: 'Terz', footage: 1.6, family: 'flute', stopped: false },
  { name: 'Salicional', footage: 8, family: 'string', stopped: false },
  { name: 'Viola da Gamba', footage: 8, family: 'string', stopped: false },
  { name: 'Subbass', footage: 16, family: 'flute', stopped: true },
];
const FAMILY_SCALES = {
  principal: { baseDiameterMm: 155, mouthRatio: 0.25, cutUpRatio: 0.27, toeRatio: 0.09, wallMm: 1.1 },
  flute: { baseDiameterMm: 180, mouthRatio: 0.22, cutUpRatio: 0.38, toeRatio: 0.1, wallMm: 1.0 },
  string: { baseDiameterMm: 95, mouthRatio: 0.2, cutUpRatio: 0.2, toeRatio: 0.07, wallMm: 0.8 },
};

function buildInventory(rand, count) {
  const instruments = [];
  for (let i = 0; i < count; i++) {
    const region = pick(rand, REGIONS);
    const year = 1600 + Math.floor(rand() * 290);
    const manuals = 1 + Math.floor(rand() * 3);
    const divisions = [];
    for (let m = 0; m < manuals; m++) {
      const ranks = [];
      const n = 5 + Math.floor(rand() * 7);
      const chosen = new Set();
      while (chosen.size < n) chosen.add(Math.floor(rand() * STOPS.length));
      for (const idx of chosen) {
        const stop = STOPS[idx];
        const scale = FAMILY_SCALES[stop.family];
        ranks.push({
          ...stop,
          ...scale,
          baseDiameterMm: scale.baseDiameterMm * (0.85 + rand() * 0.3) * Math.sqrt(stop.footage / 8),
          halvingOn: pick(rand, [16, 17, 17, 18]),
        });
      }
      divisions.push({ name: ['Hauptwerk', 'Oberwerk', 'Brustwerk'][m], compass: [36, 36 + 53], windPressure: 60 + Math.floor(rand() * 30), ranks });
    }
    instruments.push({ id: `${region.slice(0, 3).toUpperCase()}-${year}-${i}`, region, year, temperament: pick(rand, TEMPERAMENT_NAMES), divisions });
  }
  return instruments;
}

module.exports = { buildInventory };
