'use strict';

// Auditorium layout: three levels, curved rows, seat quality from sightlines.
const LEVELS = [
  { name: 'STALLS', rows: 'ABCDEFGHJKLMNOPQRS', seatsFront: 22, growth: 1, rake: 0.6, depth0: 4 },
  { name: 'DRESS', rows: 'ABCDEFGH', seatsFront: 26, growth: 1, rake: 1.6, depth0: 9 },
  { name: 'UPPER', rows: 'ABCDEFGHJK', seatsFront: 28, growth: 1, rake: 2.4, depth0: 14 },
];

function buildVenue() {
  const seats = [];
  const rows = [];
  for (const level of LEVELS) {
    [...level.rows].forEach((rowLetter, r) => {
      const count = level.seatsFront + r * level.growth * 2;
      const row = { level: level.name, row: rowLetter, seats: [] };
      for (let n = 1; n <= count; n++) {
        const offCentre = Math.abs(n - (count + 1) / 2) / (count / 2); // 0 centre .. 1 aisle end
        const depth = level.depth0 + r * 0.9;
        const sightline = Math.max(0.2, 1 - offCentre * 0.45 - Math.abs(depth - 10) * 0.03 - (level.name === 'UPPER' && r > 6 ? 0.15 : 0));
        const restricted = level.name !== 'STALLS' && (n <= 2 || n > count - 2) && r >= 3;
        const seat = {
          id: `${level.name}-${rowLetter}-${n}`,
          level: level.name,
          row: rowLetter,
          number: n,
          index: seats.length,
          x: +(n - (count + 1) / 2).toFixed(1),
          y: +depth.toFixed(1),
          quality: +(restricted ? sightline * 0.6 : sightline).toFixed(3),
          accessible: level.name === 'STALLS' && (rowLetter === 'S' || rowLetter === 'R') && (n <= 3 || n > count - 3),
          restricted,
          tags: restricted ? ['restricted-view'] : [],
        };
        seats.push(seat);
        row.seats.push(seat);
      }
      rows.push(row);
    });
  }
  return { seats, rows, byId: new Map(seats.map((s) => [s.id, s])) };
}

module.exports = { buildVenue, LEVELS };
