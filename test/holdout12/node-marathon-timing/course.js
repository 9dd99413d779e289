'use strict';

// Timing mats along a marathon course, in metres from the start line.
const MATS = [
  { id: 'START', km: 0 },
  { id: 'K05', km: 5 },
  { id: 'K10', km: 10 },
  { id: 'K15', km: 15 },
  { id: 'HALF', km: 21.0975 },
  { id: 'K25', km: 25 },
  { id: 'K30', km: 30 },
  { id: 'K35', km: 35 },
  { id: 'K40', km: 40 },
  { id: 'FINISH', km: 42.195 },
];

const MAT_INDEX = new Map(MATS.map((m, i) => [m.id, i]));

const AGE_GROUPS = [
  [18, 29, '18-29'], [30, 34, '30-34'], [35, 39, '35-39'], [40, 44, '40-44'], [45, 49, '45-49'],
  [50, 54, '50-54'], [55, 59, '55-59'], [60, 64, '60-64'], [65, 120, '65+'],
];

function ageGroup(age) {
  for (const [lo, hi, label] of AGE_GROUPS) if (age >= lo && age <= hi) return label;
  return 'U18';
}

module.exports = { MATS, MAT_INDEX, ageGroup };
