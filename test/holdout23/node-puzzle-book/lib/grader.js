'use strict';

const { CELLS, ALL, UNITS, PEERS, POPCOUNT, BOX, ROW, COL, lowestDigit } = require('./board');

const WEIGHTS = { nakedSingle: 1, hiddenSingle: 2, pointing: 6, nakedPair: 8 };

// Solves the way a person would, recording which techniques were needed.
// Returns null usage when logic alone cannot finish the grid.
function gradePuzzle(puzzle) {
  const cand = new Uint16Array(CELLS);
  const cells = Uint8Array.from(puzzle);
  for (let i = 0; i < CELLS; i++) cand[i] = cells[i] ? 0 : ALL;
  for (let i = 0; i < CELLS; i++) if (cells[i]) eliminate(cand, i, cells[i]);
  const usage = { nakedSingle: 0, hiddenSingle: 0, pointing: 0, nakedPair: 0 };
  let open = 0;
  for (let i = 0; i < CELLS; i++) if (!cells[i]) open++;

  while (open > 0) {
    if (nakedSingle(cells, cand)) {
      usage.nakedSingle++;
      open--;
      continue;
    }
    if (hiddenSingle(cells, cand)) {
      usage.hiddenSingle++;
      open--;
      continue;
    }
    if (pointing(cells, cand)) {
      usage.pointing++;
      continue;
    }
    if (nakedPair(cells, cand)) {
      usage.nakedPair++;
      continue;
    }
    return { solved: false, usage, score: Infinity };
  }
  let score = 0;
  for (const k of Object.keys(usage)) score += usage[k] * WEIGHTS[k];
  return { solved: true, usage, score };
}

function eliminate(cand, i, d) {
  const bit = ~(1 << (d - 1));
  for (const p of PEERS[i]) cand[p] &= bit;
}

function setCell(cells, cand, i, d) {
  cells[i] = d;
  cand[i] = 0;
  eliminate(cand, i, d);
}

function nakedSingle(cells, cand) {
  for (let i = 0; i < CELLS; i++) {
    if (!cells[i] && POPCOUNT[cand[i]] === 1) {
      setCell(cells, cand, i, lowestDigit(cand[i]));
      return true;
    }
  }
  return false;
}

function hiddenSingle(cells, cand) {
  for (const unit of UNITS) {
    for (let d = 1; d <= 9; d++) {
      const bit = 1 << (d - 1);
      let where = -1;
      let count = 0;
      for (const i of unit) {
        if (cand[i] & bit) {
          where = i;
          if (++count > 1) break;
        }
      }
      if (count === 1) {
        setCell(cells, cand, where, d);
        return true;
      }
    }
  }
  return false;
}

// A digit confined to one row or column inside a box can be removed from the
// rest of that row or column.
function pointing(cells, cand) {
  for (let b = 0; b < 9; b++) {
    const unit = UNITS[18 + b];
    for (let d = 1; d <= 9; d++) {
      const bit = 1 << (d - 1);
      let rowMask = 0;
      let colMask = 0;
      let seen = 0;
      for (const i of unit) {
        if (cand[i] & bit) {
          rowMask |= 1 << ROW[i];
          colMask |= 1 << COL[i];
          seen++;
        }
      }
      if (seen < 2) continue;
      let changed = false;
      if (POPCOUNT[rowMask & 0x1ff] === 1) {
        const r = 31 - Math.clz32(rowMask);
        for (const i of UNITS[r]) {
          if (BOX[i] !== b && cand[i] & bit) {
            cand[i] &= ~bit;
            changed = true;
          }
        }
      }
      if (POPCOUNT[colMask & 0x1ff] === 1) {
        const c = 31 - Math.clz32(colMask);
        for (const i of UNITS[9 + c]) {
          if (BOX[i] !== b && cand[i] & bit) {
            cand[i] &= ~bit;
            changed = true;
          }
        }
      }
      if (changed) return true;
    }
  }
  return false;
}

function nakedPair(cells, cand) {
  for (const unit of UNITS) {
    for (let x = 0; x < 9; x++) {
      const a = unit[x];
      if (POPCOUNT[cand[a]] !== 2) continue;
      for (let y = x + 1; y < 9; y++) {
        const b = unit[y];
        if (cand[b] !== cand[a]) continue;
        let changed = false;
        for (const i of unit) {
          if (i !== a && i !== b && cand[i] & cand[a]) {
            cand[i] &= ~cand[a];
            changed = true;
          }
        }
        if (changed) return true;
      }
    }
  }
  return false;
}

module.exports = { gradePuzzle };
