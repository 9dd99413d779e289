'use strict';

const { GridIndex } = require('./geo');

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Alex', 'Sam', 'Jordan', 'Priya', 'Tom', 'Maya', 'Ollie', 'Zara', 'Ben', 'Chloe', 'Dev', 'Ella', 'Finn', 'Grace', 'Hugo', 'Isla'];
const DOG_NAMES = ['Biscuit', 'Luna', 'Max', 'Bella', 'Teddy', 'Poppy', 'Alfie', 'Daisy', 'Milo', 'Rosie', 'Buster', 'Willow'];
const SIZES = ['small', 'medium', 'large'];
const CENTRE = { lat: 51.5072, lng: -0.1276 };

class Marketplace {
  constructor() {
    this.walkers = new Map();
    this.owners = new Map();
    this.bookings = new Map();
    this.bookingsByWalker = new Map();
    this.grid = new GridIndex(600);
    this.seq = 0;
  }

  static seed({ walkers = 800, owners = 4000, seed = 17 } = {}) {
    const rng = mulberry32(seed);
    const m = new Marketplace();
    for (let i = 0; i < walkers; i++) {
      const w = {
        id: `W${1000 + i}`,
        name: `${NAMES[i % NAMES.length]} ${String.fromCharCode(65 + (i % 26))}.`,
        lat: CENTRE.lat + (rng() - 0.5) * 0.18,
        lng: CENTRE.lng + (rng() - 0.5) * 0.3,
        rating: +(3.6 + rng() * 1.4).toFixed(2),
        reviews: Math.floor(rng() * 300),
        ratePence: 1200 + Math.floor(rng() * 1400),
        maxDogs: 1 + Math.floor(rng() * 4),
        sizes: new Set(SIZES.filter(() => rng() < 0.75)),
        // availability bitmap per hour for the coming week (7*24)
        free: Uint8Array.from({ length: 168 }, (_, h) => ((h % 24) >= 7 && (h % 24) <= 19 && rng() < 0.7 ? 1 : 0)),
        insured: rng() < 0.8,
      };
      if (w.sizes.size === 0) w.sizes.add('small');
      m.walkers.set(w.id, w);
      m.bookingsByWalker.set(w.id, []);
      m.grid.insert(w);
    }
    for (let i = 0; i < owners; i++) {
      const dogs = Array.from({ length: 1 + Math.floor(rng() * 2) }, () => ({ name: DOG_NAMES[Math.floor(rng() * DOG_NAMES.length)], size: SIZES[Math.floor(rng() * 3)] }));
      const o = { id: `U${20000 + i}`, lat: CENTRE.lat + (rng() - 0.5) * 0.16, lng: CENTRE.lng + (rng() - 0.5) * 0.28, dogs, email: `owner${i}@example.com` };
      m.owners.set(o.id, o);
    }
    return m;
  }

  book(owner, walker, hour, dogs, pricePence) {
    if (!walker.free[hour]) return null;
    walker.free[hour] = 0;
    const booking = { id: `B${++this.seq}`, owner: owner.id, walker: walker.id, hour, dogs, pricePence, status: 'booked', createdAt: Date.now() };
    this.bookings.set(booking.id, booking);
    this.bookingsByWalker.get(walker.id).push(booking);
    return booking;
  }
}

module.exports = { Marketplace, SIZES, mulberry32 };
