'use strict';

// Best-available search: contiguous free seats in one row, scored by
// sightline quality and closeness to the centre line.
function findBestBlock(venue, perf, count, { level = null, allowRestricted = false } = {}) {
  let best = null;
  for (const row of venue.rows) {
    if (level && row.level !== level) continue;
    const seats = row.seats;
    let runStart = 0;
    let qualitySum = 0;
    for (let i = 0; i < seats.length; i++) {
      const s = seats[i];
      const usable = perf.isFree(s) && (allowRestricted || !s.restricted);
      if (!usable) {
        runStart = i + 1;
        qualitySum = 0;
        continue;
      }
      qualitySum += s.quality;
      if (i - runStart + 1 > count) qualitySum -= seats[i - count].quality;
      if (i - runStart + 1 >= count) {
        const first = seats[i - count + 1];
        const centreOffset = Math.abs((first.x + s.x) / 2);
        const score = qualitySum / count - centreOffset * 0.01;
        if (!best || score > best.score) best = { score, seats: seats.slice(i - count + 1, i + 1) };
      }
    }
  }
  return best;
}

class HoldBook {
  constructor(ttlMs) {
    this.ttlMs = ttlMs;
    this.holds = new Map();
    this.seq = 0;
  }

  create(perf, seats, now) {
    const id = `H${(++this.seq).toString(36).toUpperCase()}`;
    if (!perf.hold(seats, id)) return null;
    const hold = { id, perf, seats, expires: now + this.ttlMs };
    this.holds.set(id, hold);
    return hold;
  }

  take(id) {
    const hold = this.holds.get(id);
    if (hold) this.holds.delete(id);
    return hold || null;
  }

  expire(now) {
    let n = 0;
    for (const [id, hold] of this.holds) {
      if (hold.expires > now) continue;
      hold.perf.release(hold.seats);
      this.holds.delete(id);
      n++;
    }
    return n;
  }
}

module.exports = { findBestBlock, HoldBook };
