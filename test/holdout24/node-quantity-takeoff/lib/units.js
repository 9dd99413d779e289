'use strict';

function escapeRegExpText(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const DIMENSIONS_FOR_UNIT = { m: 1, m2: 2, m3: 3, nr: 0, t: 1, kg: 1 };

// First pass over an imported sheet: maps the many spellings of units found in exported
// takeoff sheets onto the canonical unit and flags rows whose unit cannot be recognised.
function normaliseUnits(rows, spellings) {
  const units = Object.keys(spellings);
  const unknown = [];
  for (const row of rows) {
    const raw = row.unit;
    row.canonicalUnit = null;
    for (const unit of units) {
      const alternatives = spellings[unit].map(escapeRegExpText).join('|');
      const matcher = new RegExp(`^\\s*(?:${alternatives})\\.?\\s*$`, 'i');
      if (matcher.test(raw)) {
        row.canonicalUnit = unit;
        break;
      }
    }
    if (row.canonicalUnit === null) unknown.push({ ref: row.ref, line: row._line, unit: raw });
  }
  return unknown;
}

module.exports = { normaliseUnits, DIMENSIONS_FOR_UNIT };
