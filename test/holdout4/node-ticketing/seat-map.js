'use strict';

const TIER_MULTIPLIER = { standard: 1, premium: 1.45, vip: 2.3 };

class SeatMap {
  constructor(venue) {
    this.venue = venue;
    this.taken = new Uint8Array(venue.rows * venue.seatsPerRow);
    this.sold = 0;
  }

  index(row, col) {
    return row * this.venue.seatsPerRow + col;
  }

  // nearest free seat in the same row, then neighbouring rows
  findFree(row, col) {
    const { rows, seatsPerRow } = this.venue;
    for (let dr = 0; dr < rows; dr++) {
      for (const r of [row - dr, row + dr]) {
        if (r < 0 || r >= rows) continue;
        for (let dc = 0; dc < seatsPerRow; dc++) {
          for (const c of [col - dc, col + dc]) {
            if (c < 0 || c >= seatsPerRow) continue;
            if (!this.taken[this.index(r, c)]) return { row: r, col: c };
          }
        }
      }
    }
    return null;
  }

  reserve(seats) {
    const out = [];
    for (const s of seats) {
      const spot = this.findFree(s.row, s.col);
      if (!spot) break;
      this.taken[this.index(spot.row, spot.col)] = 1;
      this.sold++;
      out.push({ ...spot, tier: s.tier });
    }
    return out;
  }

  release(seats) {
    for (const s of seats) {
      this.taken[this.index(s.row, s.col)] = 0;
      this.sold--;
    }
  }

  occupancy() {
    return this.sold / this.taken.length;
  }
}

function priceSeats(venue, seats, occupancy, promoCode) {
  const surge = occupancy > 0.6 ? 1 + (occupancy - 0.6) : 1;
  const rowFactor = (row) => 1 + Math.max(0, (venue.rows - row) / venue.rows) * 0.4;
  let discount = 0;
  if (promoCode) {
    const n = Number(promoCode.replace(/\D+/g, '')) || 0;
    discount = Math.min(0.25, n / 100);
  }
  return seats.map((s) => ({
    ...s,
    priceCents: Math.round(venue.basePrice * TIER_MULTIPLIER[s.tier] * rowFactor(s.row) * surge * (1 - discount)),
  }));
}

module.exports = { SeatMap, priceSeats };
