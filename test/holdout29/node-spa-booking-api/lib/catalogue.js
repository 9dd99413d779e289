'use strict';
const { mulberry32, pick } = require('./prng');

const FAMILIES = ['massage', 'facial', 'body-wrap', 'hydrotherapy', 'manicure', 'pedicure', 'brow-lash', 'waxing'];
const ADJECTIVES = ['Signature', 'Deep Tissue', 'Hot Stone', 'Aromatherapy', 'Radiance', 'Detox', 'Marine', 'Express', 'Luxury', 'Balinese', 'Hydrating', 'Restorative'];
const ROOMS = ['Lotus', 'Cedar', 'Jade', 'Willow', 'Amber', 'Pearl', 'Sage', 'Coral'];
const THERAPIST_NAMES = ['Aisha', 'Bronwen', 'Carys', 'Dominika', 'Elif', 'Fern', 'Grace', 'Hana', 'Imogen', 'Jun', 'Keira', 'Lena', 'Mira', 'Nia', 'Orla', 'Priya'];

function buildCatalogue(seed) {
  const rand = mulberry32(seed);
  const treatments = [];
  for (let i = 0; i < 180; i++) {
    const family = FAMILIES[i % FAMILIES.length];
    const duration = [30, 45, 60, 75, 90, 120][Math.floor(rand() * 6)];
    const addOns = [];
    const nAdd = 2 + Math.floor(rand() * 4);
    for (let j = 0; j < nAdd; j++) {
      addOns.push({
        code: `ADD-${i}-${j}`,
        label: `${pick(rand, ADJECTIVES)} add-on ${j + 1}`,
        minutes: 10 + 5 * Math.floor(rand() * 4),
        pricePence: 800 + 100 * Math.floor(rand() * 20),
        contraindications: rand() < 0.3 ? ['pregnancy', 'nut-allergy'] : [],
      });
    }
    treatments.push({
      code: `TR-${String(i).padStart(4, '0')}`,
      name: `${pick(rand, ADJECTIVES)} ${family.replace('-', ' ')} ${duration}`,
      family,
      durationMin: duration,
      pricePence: 3500 + 250 * Math.floor(rand() * 40),
      roomTypes: family === 'hydrotherapy' ? ['wet'] : ['dry', 'couples'].slice(0, 1 + Math.floor(rand() * 2)),
      addOns,
      tags: [family, duration >= 90 ? 'long' : 'short', rand() < 0.2 ? 'seasonal' : 'core'],
      description: `A ${duration} minute ${family} treatment using ${pick(rand, ADJECTIVES).toLowerCase()} techniques.`,
    });
  }
  const packages = [];
  for (let p = 0; p < 24; p++) {
    const items = [];
    for (let k = 0; k < 3; k++) items.push(treatments[Math.floor(rand() * treatments.length)].code);
    packages.push({ code: `PKG-${p}`, name: `${pick(rand, ADJECTIVES)} Day ${p}`, items, discountPct: 10 + Math.floor(rand() * 15) });
  }
  const therapists = THERAPIST_NAMES.map((name, idx) => ({
    id: `T${idx + 1}`,
    name,
    skills: FAMILIES.filter(() => rand() < 0.55),
    shiftStart: 9 * 60 + 30 * Math.floor(rand() * 3),
    shiftEnd: 17 * 60 + 30 * Math.floor(rand() * 5),
  }));
  const rooms = ROOMS.map((name, idx) => ({ id: `R${idx + 1}`, name, type: idx < 2 ? 'wet' : idx < 4 ? 'couples' : 'dry' }));
  return { treatments, packages, therapists, rooms };
}

module.exports = { buildCatalogue };
