'use strict';

const BLOCK = '#';
const EMPTY = '.';

// Builds a rotationally symmetric block pattern, then numbers the grid and
// extracts across/down entries the way a crossword editor's tool would.
function buildPattern(size, rng, blockRate) {
  const cells = new Array(size * size).fill(EMPTY);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const idx = r * size + c;
      const mirror = (size - 1 - r) * size + (size - 1 - c);
      if (idx > mirror) continue;
      if (r % 2 === 1 && c % 2 === 1 && rng.chance(blockRate)) {
        cells[idx] = BLOCK;
        cells[mirror] = BLOCK;
      }
    }
  }
  return cells;
}

function extractEntries(cells, size) {
  const entries = [];
  let number = 0;
  const at = (r, c) => (r < 0 || c < 0 || r >= size || c >= size ? BLOCK : cells[r * size + c]);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (at(r, c) === BLOCK) continue;
      const startsAcross = at(r, c - 1) === BLOCK && at(r, c + 1) !== BLOCK;
      const startsDown = at(r - 1, c) === BLOCK && at(r + 1, c) !== BLOCK;
      if (!startsAcross && !startsDown) continue;
      number++;
      if (startsAcross) {
        const positions = [];
        for (let cc = c; at(r, cc) !== BLOCK; cc++) positions.push(r * size + cc);
        entries.push({ id: `${number}A`, number, direction: 'across', positions });
      }
      if (startsDown) {
        const positions = [];
        for (let rr = r; at(rr, c) !== BLOCK; rr++) positions.push(rr * size + c);
        entries.push({ id: `${number}D`, number, direction: 'down', positions });
      }
    }
  }
  return entries;
}

function readEntry(fill, entry) {
  let out = '';
  for (const p of entry.positions) out += fill[p];
  return out;
}

module.exports = { BLOCK, EMPTY, buildPattern, extractEntries, readEntry };
