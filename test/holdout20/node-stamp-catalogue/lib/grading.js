'use strict';

const GUM_FACTOR = { OG: 1, LH: 0.7, HH: 0.45, NG: 0.3, RG: 0.35 };
const FAULT_FACTOR = { thin: 0.3, crease: 0.35, 'short perf': 0.6, toning: 0.5, repaired: 0.2 };
const CANCEL_FACTOR = { CDS: 1.15, numeral: 1, pen: 0.4, parcel: 0.5, 'socked-on-nose': 1.6 };

function gradeLabel(centering) {
  if (centering >= 95) return 'superb';
  if (centering >= 85) return 'extremely fine';
  if (centering >= 75) return 'very fine';
  if (centering >= 60) return 'fine';
  return 'average';
}

function appraise(entry, item) {
  let value = item.used ? entry.usedValue : entry.mintValue;
  const centeringFactor = 0.35 + Math.pow(item.centering / 100, 3) * 0.9;
  value *= centeringFactor;
  if (!item.used) value *= GUM_FACTOR[item.gum] ?? 0.5;
  if (item.used && item.cancel) value *= CANCEL_FACTOR[item.cancel] ?? 1;
  if (item.faults) value *= FAULT_FACTOR[item.faults] ?? 0.5;
  return { grade: gradeLabel(item.centering), value: Math.round(value * 100) / 100 };
}

module.exports = { appraise, gradeLabel };
