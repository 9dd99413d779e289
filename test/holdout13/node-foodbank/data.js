'use strict';
// Deterministic synthetic data for the weekly distribution run.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['grains', 'canned-veg', 'canned-fruit', 'protein', 'dairy', 'produce', 'baby', 'hygiene'];
const ALLERGENS = ['gluten', 'nuts', 'lactose', 'soy', 'egg', 'fish'];
const PANTRIES = ['Northside', 'Riverbend', 'Old Mill', 'Eastgate', 'Harbor', 'Cedar Hill', 'Southfield', 'Lakeshore'];

function makeStock(rand, n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    const cat = CATEGORIES[Math.floor(rand() * CATEGORIES.length)];
    items.push({
      sku: 'SKU' + String(i).padStart(5, '0'),
      category: cat,
      unitKg: Math.round((0.2 + rand() * 2.3) * 100) / 100,
      qty: 40 + Math.floor(rand() * 400),
      allergens: ALLERGENS.filter(() => rand() < 0.12),
      expiresInDays: Math.floor(rand() * 60),
      kcalPerKg: 500 + Math.floor(rand() * 3000),
    });
  }
  return items;
}

function makeHouseholds(rand, n) {
  const hs = [];
  for (let i = 0; i < n; i++) {
    hs.push({
      id: 'H' + (100000 + i),
      pantry: PANTRIES[Math.floor(rand() * PANTRIES.length)],
      adults: 1 + Math.floor(rand() * 3),
      children: Math.floor(rand() * 4),
      infants: rand() < 0.1 ? 1 : 0,
      lastVisitDays: Math.floor(rand() * 30),
    });
  }
  return hs;
}

function makeDietaryProfiles(rand, households) {
  const profiles = [];
  for (const h of households) {
    if (rand() < 0.85) {
      profiles.push({
        householdId: h.id,
        avoid: ALLERGENS.filter(() => rand() < 0.15),
        vegetarian: rand() < 0.2,
        notes: rand() < 0.05 ? 'diabetic' : '',
      });
    }
  }
  // registrations arrive in no particular order
  for (let i = profiles.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [profiles[i], profiles[j]] = [profiles[j], profiles[i]];
  }
  return profiles;
}

module.exports = { rng, makeStock, makeHouseholds, makeDietaryProfiles, CATEGORIES, PANTRIES };
