'use strict';

const GLAZES = [
  { code: 'CEL-04', name: 'Celadon', coneMin: 9, coneMax: 10, foodSafe: true },
  { code: 'TEN-02', name: 'Tenmoku', coneMin: 9, coneMax: 11, foodSafe: true },
  { code: 'SHI-01', name: 'Shino', coneMin: 8, coneMax: 10, foodSafe: true },
  { code: 'RAK-07', name: 'Raku crackle', coneMin: 6, coneMax: 6, foodSafe: false },
  { code: 'MAJ-03', name: 'Majolica white', coneMin: 4, coneMax: 6, foodSafe: true },
  { code: 'CRY-09', name: 'Crystalline', coneMin: 9, coneMax: 10, foodSafe: false },
  { code: 'ASH-05', name: 'Wood ash', coneMin: 10, coneMax: 12, foodSafe: true },
];

const BY_CODE = new Map(GLAZES.map((g) => [g.code, g]));
const PIECE_ID = /^(?<studio>[A-Z]{2})-(?<year>\d{2})(?<seq>\d{5})$/;

function glazeByCode(code) {
  return BY_CODE.get(code);
}

function parsePieceId(id) {
  const m = PIECE_ID.exec(id);
  return m ? { studio: m.groups.studio, year: Number(m.groups.year), seq: Number(m.groups.seq) } : null;
}

module.exports = { GLAZES, glazeByCode, parsePieceId };
