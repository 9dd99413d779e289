'use strict';

const { mulberry32, pick, intBetween } = require('./rng');

const WINGS = ['East Wing', 'West Wing', 'Atrium', 'Lower Galleries', 'Sculpture Garden', 'Print Room', 'North Pavilion'];
const MOVEMENTS = [
  'impressionism', 'baroque', 'cubism', 'surrealism', 'renaissance', 'bauhaus', 'ukiyo-e',
  'pop art', 'minimalism', 'romanticism', 'art nouveau', 'expressionism', 'futurism', 'dada',
  'realism', 'mannerism', 'fauvism', 'constructivism', 'rococo', 'pre-raphaelite',
];
const MEDIA = [
  'oil', 'watercolour', 'bronze', 'marble', 'woodcut', 'photography', 'textile', 'ceramics',
  'video', 'installation', 'etching', 'tempera', 'charcoal', 'glass', 'lacquer', 'gouache',
];
const THEMES = [
  'landscape', 'portrait', 'still life', 'seascape', 'mythology', 'industry', 'childhood',
  'gardens', 'cities', 'migration', 'music', 'dance', 'war', 'faith', 'animals', 'light',
  'night', 'rivers', 'mountains', 'markets', 'theatre', 'fashion', 'science', 'harvest',
];
const FIRST = ['Anna', 'Louis', 'Hilma', 'Paul', 'Berthe', 'Kazimir', 'Frida', 'Egon', 'Sonia', 'Henri',
  'Tamara', 'Wassily', 'Gustav', 'Lotte', 'Jean', 'Agnes', 'Piet', 'Leonora', 'Marc', 'Utagawa'];
const LAST = ['Moreau', 'af Klint', 'Kessler', 'Delaunay', 'Varga', 'Okafor', 'Lindqvist', 'Ferreira',
  'Takahashi', 'Brandt', 'Novak', 'Castellanos', 'Weiss', 'Dubois', 'Halloran', 'Petrov', 'Sato',
  'Marchetti', 'Osei', 'Janssen', 'Rautio', 'Kowalczyk'];

const OPENING_TIMES = ['09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '13:00', '13:30', '14:00',
  '14:30', '15:00', '15:30', '16:00', '16:30', '17:00'];

function buildCatalog(seed) {
  const rng = mulberry32(seed);
  const exhibitions = [];
  const artists = [];
  for (let i = 0; i < 160; i++) artists.push(`${pick(rng, FIRST)} ${pick(rng, LAST)}`);

  for (let i = 0; i < 420; i++) {
    const lead = pick(rng, artists);
    const movement = pick(rng, MOVEMENTS);
    const theme = pick(rng, THEMES);
    const keywords = new Set([movement, theme, pick(rng, MEDIA), pick(rng, MEDIA), pick(rng, THEMES)]);
    for (const part of lead.toLowerCase().split(' ')) keywords.add(part);
    const guestCount = intBetween(rng, 2, 5);
    for (let g = 0; g < guestCount; g++) keywords.add(pick(rng, artists).split(' ').pop().toLowerCase());
    const adult = intBetween(rng, 12, 28);
    const days = [];
    for (let d = 0; d < 14; d++) {
      const slots = OPENING_TIMES.filter(() => rng() < 0.7).map((time) => ({
        time,
        capacity: intBetween(rng, 20, 80),
        sold: 0,
      }));
      days.push({ date: isoDay(d), slots });
    }
    exhibitions.push({
      id: `EX-${String(i + 1).padStart(4, '0')}`,
      title: `${lead}: ${capitalise(theme)} and ${capitalise(movement)}`,
      titleLower: `${lead}: ${theme} and ${movement}`.toLowerCase(),
      wing: pick(rng, WINGS),
      keywords: [...keywords],
      prices: {
        adult,
        concession: Math.round(adult * 0.7 * 2) / 2,
        child: rng() < 0.5 ? 0 : Math.round(adult * 0.4),
        senior: Math.round(adult * 0.8 * 2) / 2,
      },
      audioGuide: rng() < 0.6 ? intBetween(rng, 3, 6) : null,
      popularity: rng(),
      days,
    });
  }
  const byId = new Map(exhibitions.map((e) => [e.id, e]));
  const vocabulary = [...new Set(exhibitions.flatMap((e) => e.keywords))];
  return { exhibitions, byId, vocabulary };
}

function isoDay(offset) {
  const base = Date.UTC(2024, 5, 10);
  return new Date(base + offset * 86400000).toISOString().slice(0, 10);
}

function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

module.exports = { buildCatalog, isoDay };
