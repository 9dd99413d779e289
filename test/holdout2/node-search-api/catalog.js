'use strict';
// Deterministic product catalogue used by the search API.

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'von', 'dra', 'pex', 'sul', 'ni', 'qua', 'ro', 'zen',
  'bel', 'cor', 'fin', 'gal', 'hu', 'jor', 'lix', 'mun', 'or', 'pra', 'sto', 'tri', 'ul', 'vex'];
const BRANDS = ['Aldena', 'Brightwell', 'Corvus', 'Dunmore', 'Everline', 'Falkner', 'Greystone', 'Halden'];
const CATEGORIES = ['kitchen', 'garden', 'office', 'outdoor', 'lighting', 'storage', 'audio', 'travel'];

function makeVocabulary(rand, size) {
  const words = new Set();
  while (words.size < size) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

function buildCatalog(count, seed = 20240611) {
  const rand = mulberry32(seed);
  const vocabulary = makeVocabulary(rand, 1800);
  // Zipf-like pick so that some words are common and most are rare.
  const pick = () => vocabulary[Math.floor(Math.pow(rand(), 2.2) * vocabulary.length)];
  const products = [];
  for (let id = 1; id <= count; id++) {
    const titleWords = [];
    for (let i = 0; i < 3 + Math.floor(rand() * 3); i++) titleWords.push(pick());
    const body = [];
    for (let i = 0; i < 40 + Math.floor(rand() * 60); i++) body.push(pick());
    products.push({
      id,
      sku: `SKU-${String(id).padStart(6, '0')}`,
      brand: BRANDS[Math.floor(rand() * BRANDS.length)],
      category: CATEGORIES[Math.floor(rand() * CATEGORIES.length)],
      title: titleWords.join(' '),
      description: body.join(' '),
      priceCents: 199 + Math.floor(rand() * 50000),
      rating: Math.round((1 + rand() * 4) * 10) / 10,
      stock: Math.floor(rand() * 400),
      tags: [pick(), pick(), pick()],
    });
  }
  return { products, vocabulary, rand };
}

module.exports = { buildCatalog, mulberry32 };
