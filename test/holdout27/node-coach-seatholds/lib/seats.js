'use strict';

const { SEATS } = require('./network');

const COLUMN_INDEX = { A: 0, B: 1, C: 2, D: 3 };

// Seats 1..52, four abreast: A (window) B | C D (window). Prefer keeping a party together in one row.
function allocateSeats(trip, count) {
  if (trip.freeCount < count) return null;
  const rows = SEATS / 4;
  const picked = [];
  for (let r = 0; r < rows && picked.length === 0; r++) {
    const base = r * 4;
    if (count <= 2) {
      if (trip.seatsFree[base] && trip.seatsFree[base + 1] && count === 2) picked.push(base, base + 1);
      else if (trip.seatsFree[base + 2] && trip.seatsFree[base + 3] && count === 2) picked.push(base + 2, base + 3);
      else if (count === 1 && trip.seatsFree[base]) picked.push(base);
      else if (count === 1 && trip.seatsFree[base + 3]) picked.push(base + 3);
    } else if (count <= 4) {
      let free = 0;
      for (let s = 0; s < 4; s++) free += trip.seatsFree[base + s];
      if (free === 4) for (let s = 0; s < count; s++) picked.push(base + s);
    }
  }
  for (let s = 0; picked.length < count && s < SEATS; s++) if (trip.seatsFree[s]) picked.push(s);
  for (const s of picked) trip.seatsFree[s] = 0;
  trip.freeCount -= picked.length;
  return picked.map((s) => `${Math.floor(s / 4) + 1}${'ABCD'[s % 4]}`);
}

function releaseSeats(trip, labels) {
  for (const label of labels) {
    const row = parseInt(label, 10) - 1;
    const col = COLUMN_INDEX[label[label.length - 1]];
    trip.seatsFree[row * 4 + col] = 1;
  }
  trip.freeCount += labels.length;
}

module.exports = { allocateSeats, releaseSeats };
