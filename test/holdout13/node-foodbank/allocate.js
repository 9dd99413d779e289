'use strict';
const { CATEGORIES } = require('./data');

const PARCEL_TEMPLATE = {
  version: 3,
  lines: CATEGORIES.map((c) => ({ category: c, targetKg: 0, picked: [] })),
  meta: {
    packedBy: 'volunteer-shift',
    checks: { allergen: false, expiry: false, weight: false },
    labels: [],
    checklist: [
      'bag sealed', 'cold items insulated', 'eggs on top', 'no dented cans', 'dates checked',
      'allergen sticker', 'leaflet enclosed', 'weight recorded', 'collection slip', 'id verified',
      'baby items separate', 'hygiene pack', 'produce bagged', 'bread on top', 'recipe card',
    ].map((step, i) => ({ step, order: i + 1, done: false, signedBy: null })),
    translations: { en: 'Weekly parcel', es: 'Paquete semanal', pl: 'Paczka tygodniowa', ar: 'طرد أسبوعي', uk: 'Тижнева посилка' },
  },
  totals: { kg: 0, kcal: 0, items: 0 },
};

// kg per person per week by category
const NORMS = {
  grains: 1.6, 'canned-veg': 0.9, 'canned-fruit': 0.5, protein: 0.8,
  dairy: 0.7, produce: 1.4, baby: 0, hygiene: 0.2,
};

function newParcel(household) {
  const parcel = JSON.parse(JSON.stringify(PARCEL_TEMPLATE));
  parcel.householdId = household.id;
  parcel.pantry = household.pantry;
  return parcel;
}

function buildIndex(stock) {
  const byCat = new Map();
  for (const item of stock) {
    if (!byCat.has(item.category)) byCat.set(item.category, []);
    byCat.get(item.category).push(item);
  }
  for (const list of byCat.values()) list.sort((a, b) => a.expiresInDays - b.expiresInDays);
  return byCat;
}

function allocateHousehold(household, profiles, index) {
  const profile = profiles.find((p) => p.householdId === household.id);
  const avoid = profile ? profile.avoid : [];
  const persons = household.adults + household.children * 0.7 + household.infants * 0.4;
  const parcel = newParcel(household);
  for (const line of parcel.lines) {
    let target = (NORMS[line.category] || 0) * persons;
    if (line.category === 'baby') target = household.infants * 2.5;
    if (profile && profile.vegetarian && line.category === 'protein') target *= 0.8;
    line.targetKg = Math.round(target * 100) / 100;
    const candidates = index.get(line.category) || [];
    let packed = 0;
    for (const item of candidates) {
      if (packed >= target) break;
      if (item.qty <= 0 || item.expiresInDays < 2) continue;
      let ok = true;
      for (const a of item.allergens) if (avoid.indexOf(a) !== -1) { ok = false; break; }
      if (!ok) continue;
      const want = Math.max(1, Math.floor((target - packed) / item.unitKg));
      const take = Math.min(want, item.qty, 6);
      item.qty -= take;
      packed += take * item.unitKg;
      line.picked.push({ sku: item.sku, units: take });
      parcel.totals.kg += take * item.unitKg;
      parcel.totals.kcal += take * item.unitKg * item.kcalPerKg;
      parcel.totals.items += take;
    }
  }
  parcel.meta.checks.allergen = true;
  parcel.meta.checks.expiry = true;
  parcel.meta.checks.weight = parcel.totals.kg > 0;
  return parcel;
}

function restock(stock, rand) {
  for (const item of stock) {
    if (item.qty < 30) item.qty += 50 + Math.floor(rand() * 200);
    item.expiresInDays = Math.max(0, item.expiresInDays - 1);
    if (item.expiresInDays === 0) item.expiresInDays = 20 + Math.floor(rand() * 40);
  }
}

module.exports = { allocateHousehold, buildIndex, restock };
