'use strict';

// Static geometry of a 9x9 sudoku, computed once at load.
const CELLS = 81;
const ALL = 0x1ff;

const ROW = new Uint8Array(CELLS);
const COL = new Uint8Array(CELLS);
const BOX = new Uint8Array(CELLS);
for (let i = 0; i < CELLS; i++) {
  ROW[i] = Math.floor(i / 9);
  COL[i] = i % 9;
  BOX[i] = Math.floor(ROW[i] / 3) * 3 + Math.floor(COL[i] / 3);
}

const UNITS = [];
for (let r = 0; r < 9; r++) UNITS.push(Array.from({ length: 9 }, (_, c) => r * 9 + c));
for (let c = 0; c < 9; c++) UNITS.push(Array.from({ length: 9 }, (_, r) => r * 9 + c));
for (let b = 0; b < 9; b++) {
  const r0 = Math.floor(b / 3) * 3;
  const c0 = (b % 3) * 3;
  const unit = [];
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) unit.push((r0 + r) * 9 + c0 + c);
  UNITS.push(unit);
}

const PEERS = [];
for (let i = 0; i < CELLS; i++) {
  const peers = [];
  for (let j = 0; j < CELLS; j++) {
    if (j !== i && (ROW[j] === ROW[i] || COL[j] === COL[i] || BOX[j] === BOX[i])) peers.push(j);
  }
  PEERS.push(Int8Array.from(peers));
}

const POPCOUNT = new Uint8Array(512);
for (let m = 1; m < 512; m++) POPCOUNT[m] = POPCOUNT[m >> 1] + (m & 1);

function lowestDigit(mask) {
  return 31 - Math.clz32(mask & -mask) + 1;
}

module.exports = { CELLS, ALL, ROW, COL, BOX, UNITS, PEERS, POPCOUNT, lowestDigit };
