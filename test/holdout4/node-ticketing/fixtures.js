'use strict';

// Deterministic data for the box-office consumer (mulberry32).
function makeRng(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VENUES = [
  { id: 'arena-north', rows: 40, seatsPerRow: 60, basePrice: 4200 },
  { id: 'jazz-cellar', rows: 12, seatsPerRow: 20, basePrice: 3100 },
  { id: 'opera-house', rows: 30, seatsPerRow: 48, basePrice: 8900 },
  { id: 'open-air-park', rows: 50, seatsPerRow: 80, basePrice: 2500 },
];

const TIERS = ['standard', 'premium', 'vip'];

function generateOrders(count, seed) {
  const rng = makeRng(seed);
  const orders = [];
  for (let i = 0; i < count; i++) {
    const venue = VENUES[Math.floor(rng() * VENUES.length)];
    const qty = 1 + Math.floor(rng() * 4);
    const seats = [];
    for (let s = 0; s < qty; s++) {
      seats.push({
        row: Math.floor(rng() * venue.rows),
        col: Math.floor(rng() * venue.seatsPerRow),
        tier: TIERS[Math.floor(rng() * TIERS.length)],
      });
    }
    orders.push({
      orderId: `ORD-${100000 + i}`,
      customer: { id: `C${Math.floor(rng() * 5000)}`, email: `fan${i}@example.test`, country: rng() < 0.7 ? 'DE' : 'AT' },
      venueId: venue.id,
      eventDate: `2026-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}`,
      seats,
      promoCode: rng() < 0.2 ? `SPRING${Math.floor(rng() * 30)}` : null,
      createdAt: 1764000000000 + i * 1370,
    });
  }
  return orders;
}

module.exports = { makeRng, VENUES, generateOrders };
