'use strict';

const { CELLS, ALL, ROW, COL, BOX, POPCOUNT } = require('./board');

// Bitmask backtracking solver with minimum-remaining-values ordering.
class Solver {
  constructor() {
    this.rows = new Uint16Array(9);
    this.cols = new Uint16Array(9);
    this.boxes = new Uint16Array(9);
    this.cells = new Uint8Array(CELLS);
    this.nodes = 0;
  }

  load(grid) {
    this.rows.fill(0);
    this.cols.fill(0);
    this.boxes.fill(0);
    for (let i = 0; i < CELLS; i++) {
      const d = grid[i];
      this.cells[i] = d;
      if (d) {
        const bit = 1 << (d - 1);
        this.rows[ROW[i]] |= bit;
        this.cols[COL[i]] |= bit;
        this.boxes[BOX[i]] |= bit;
      }
    }
  }

  candidates(i) {
    return ALL & ~(this.rows[ROW[i]] | this.cols[COL[i]] | this.boxes[BOX[i]]);
  }

  place(i, d) {
    const bit = 1 << (d - 1);
    this.cells[i] = d;
    this.rows[ROW[i]] |= bit;
    this.cols[COL[i]] |= bit;
    this.boxes[BOX[i]] |= bit;
  }

  unplace(i, d) {
    const bit = ~(1 << (d - 1));
    this.cells[i] = 0;
    this.rows[ROW[i]] &= bit;
    this.cols[COL[i]] &= bit;
    this.boxes[BOX[i]] &= bit;
  }

  pickCell() {
    let best = -1;
    let bestCount = 10;
    for (let i = 0; i < CELLS; i++) {
      if (this.cells[i]) continue;
      const n = POPCOUNT[this.candidates(i)];
      if (n < bestCount) {
        best = i;
        bestCount = n;
        if (n <= 1) break;
      }
    }
    return best;
  }

  // Counts solutions up to `limit`; optionally shuffles digit order with rng.
  search(limit, rng, onSolution) {
    this.nodes++;
    const i = this.pickCell();
    if (i < 0) {
      if (onSolution) onSolution(this.cells);
      return 1;
    }
    let mask = this.candidates(i);
    if (!mask) return 0;
    let found = 0;
    if (!rng) {
      while (mask) {
        const low = mask & -mask;
        mask ^= low;
        const d = 32 - Math.clz32(low);
        this.place(i, d);
        found += this.search(limit - found, null, onSolution);
        this.unplace(i, d);
        if (found >= limit) break;
      }
      return found;
    }
    const digits = [];
    while (mask) {
      const low = mask & -mask;
      digits.push(32 - Math.clz32(low));
      mask ^= low;
    }
    for (let k = digits.length - 1; k > 0; k--) {
      const j = Math.floor(rng.next() * (k + 1));
      [digits[k], digits[j]] = [digits[j], digits[k]];
    }
    for (const d of digits) {
      this.place(i, d);
      found += this.search(limit - found, rng, onSolution);
      this.unplace(i, d);
      if (found >= limit) break;
    }
    return found;
  }

  countSolutions(grid, limit = 2) {
    this.load(grid);
    return this.search(limit, null, null);
  }

  randomSolution(rng) {
    this.load(new Uint8Array(CELLS));
    let out = null;
    this.search(1, rng, (cells) => {
      out = Uint8Array.from(cells);
    });
    return out;
  }
}

module.exports = { Solver };
