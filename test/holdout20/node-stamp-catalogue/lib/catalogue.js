'use strict';

const { createRng } = require('./rng');

const COUNTRIES = [
  { code: 'GB', name: 'Great Britain', from: 1840 }, { code: 'FR', name: 'France', from: 1849 },
  { code: 'DE', name: 'Germany', from: 1872 }, { code: 'IT', name: 'Italy', from: 1862 },
  { code: 'NL', name: 'Netherlands', from: 1852 }, { code: 'CH', name: 'Switzerland', from: 1850 },
  { code: 'AT', name: 'Austria', from: 1850 }, { code: 'SE', name: 'Sweden', from: 1855 },
  { code: 'NO', name: 'Norway', from: 1855 }, { code: 'DK', name: 'Denmark', from: 1851 },
  { code: 'BE', name: 'Belgium', from: 1849 }, { code: 'ES', name: 'Spain', from: 1850 },
  { code: 'PT', name: 'Portugal', from: 1853 }, { code: 'FI', name: 'Finland', from: 1856 },
  { code: 'IS', name: 'Iceland', from: 1873 }, { code: 'IE', name: 'Ireland', from: 1922 },
];

const PERFS = ['imperf', '10', '11', '11½', '12', '12½', '13', '13½', '14', '14½', '15'];
const WATERMARKS = ['none', 'crown', 'star', 'posthorn', 'lozenges', 'wavy lines', 'multiple crowns'];
const COLOURS = ['carmine', 'ultramarine', 'olive-green', 'sepia', 'violet', 'orange-red', 'slate', 'deep blue', 'lake'];

// Builds the reference catalogue: one entry per catalogue number and variety.
function buildCatalogue(entriesPerCountry, seed) {
  const rng = createRng(seed);
  const entries = [];
  for (const country of COUNTRIES) {
    let year = country.from;
    for (let n = 1; n <= entriesPerCountry; n++) {
      if (rng.next() < 0.08) year += rng.int(1, 3);
      const variety = rng.next() < 0.15 ? String.fromCharCode(97 + rng.int(0, 3)) : '';
      const rarity = rng.next();
      entries.push({
        country: country.code,
        number: n,
        variety,
        year,
        faceValue: rng.pick(['½d', '1d', '2d', '5c', '10c', '25c', '1 kr', '5 öre', '20 pf', '1 fr']),
        colour: rng.pick(COLOURS),
        perf: rng.pick(PERFS),
        watermark: rng.pick(WATERMARKS),
        mintValue: Math.round((0.2 + Math.pow(rarity, 6) * 4000) * 100) / 100,
        usedValue: Math.round((0.1 + Math.pow(rarity, 7) * 2500) * 100) / 100,
      });
    }
  }
  return { countries: COUNTRIES, entries };
}

module.exports = { buildCatalogue, COUNTRIES };
