'use strict';

const { createRng } = require('./rng');

// Reference star catalogue bucketed on a 1-degree grid for constant-time neighbourhood lookups.
class ReferenceCatalogue {
  constructor(size, seed) {
    const rng = createRng(seed);
    this.cells = new Map();
    for (let i = 0; i < size; i++) {
      const star = { id: `HD${100000 + i}`, ra: rng.next() * 360, dec: rng.next() * 150 - 60, mag: 4 + rng.next() * 9 };
      const key = this.cellKey(star.ra, star.dec);
      let cell = this.cells.get(key);
      if (!cell) this.cells.set(key, (cell = []));
      cell.push(star);
    }
  }

  cellKey(ra, dec) {
    return Math.floor(ra) * 1000 + Math.floor(dec + 90);
  }

  nearest(ra, dec, radiusDeg) {
    let best = null;
    let bestD = radiusDeg;
    const r0 = Math.floor(ra), d0 = Math.floor(dec + 90);
    for (let dr = -1; dr <= 1; dr++) {
      for (let dd = -1; dd <= 1; dd++) {
        const cell = this.cells.get(((r0 + dr + 360) % 360) * 1000 + d0 + dd);
        if (!cell) continue;
        for (const s of cell) {
          const dRa = (s.ra - ra) * Math.cos((dec * Math.PI) / 180);
          const d = Math.hypot(dRa, s.dec - dec);
          if (d < bestD) { bestD = d; best = s; }
        }
      }
    }
    return best ? { star: best, separation: bestD } : null;
  }
}

module.exports = { ReferenceCatalogue };
