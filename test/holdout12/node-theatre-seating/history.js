'use strict';

const rules = require('./pricing-rules');

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

const CONCESSION_MIX = ['adult', 'adult', 'adult', 'adult', 'student', 'senior', 'child', 'access'];

// Replays the orders of the performances already played (and the advance
// sales of the upcoming ones) so the box office starts with a real ledger.
function seedLedger(venue, performances, { seed = 3, now }) {
  const rng = mulberry32(seed);
  const ledger = [];
  for (const perf of performances) {
    const target = perf.daysToShow <= 0 ? 0.7 + rng() * 0.25 : 0.15 + rng() * 0.25;
    const free = venue.seats.filter((s) => perf.isFree(s));
    let i = 0;
    while (perf.soldCount < target * perf.capacity && i < free.length) {
      const size = 1 + Math.floor(rng() * 4);
      const seats = free.slice(i, i + size);
      i += size + Math.floor(rng() * 3);
      const lines = seats.map((seat) => {
        const concession = CONCESSION_MIX[Math.floor(rng() * CONCESSION_MIX.length)];
        return { seat: seat.id, band: rules.bandFor(seat), concession, price: rules.seatPrice(seat, perf, perf.soldCount / perf.capacity, concession) };
      });
      perf.sell(seats);
      const subtotal = lines.reduce((a, l) => a + l.price, 0);
      const fee = rules.bookingFee(lines.length);
      const at = Math.min(now, perf.startsAt) - Math.floor(rng() * 40 * 86400e3);
      ledger.push({ id: `O${ledger.length + 1}`, performance: perf.id, at, lines, fee, total: subtotal + fee, card: String(1000 + Math.floor(rng() * 9000)) });
    }
  }
  ledger.sort((a, b) => a.at - b.at);
  return ledger;
}

module.exports = { seedLedger };
