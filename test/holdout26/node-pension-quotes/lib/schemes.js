'use strict';
const crypto = require('crypto');
const { createRng } = require('./rng');

const SCHEME_NAMES = ['Northfield Engineering DB', 'Harbour Retail Staff Plan', 'County Hospitals Final Salary',
  'Marlow Printers Pension', 'Eastgate Utilities Scheme', 'Wrenfield Colleges Plan'];

// Mortality: a Gompertz-Makeham style q(x) table per sex, with scheme-specific scaling.
function buildMortalityTable(scale) {
  const table = { male: [], female: [] };
  for (let age = 0; age <= 120; age++) {
    const base = 0.0005 + 0.00003 * Math.exp(0.095 * age);
    table.male.push(Math.min(1, base * scale));
    table.female.push(Math.min(1, base * scale * 0.82));
  }
  return table;
}

function buildYieldCurve(level) {
  const curve = [];
  for (let term = 1; term <= 80; term++) {
    curve.push({ term, spot: level + 0.012 * (1 - Math.exp(-term / 12)), inflation: 0.025 + 0.004 * Math.exp(-term / 20) });
  }
  return curve;
}

// Annual mortality improvement rates by age and calendar year (CMI-style projection table).
function buildImprovements(longTerm) {
  const rows = [];
  for (let age = 40; age <= 120; age++) {
    const byYear = {};
    for (let year = 2024; year <= 2064; year += 5) {
      const converge = Math.min(1, (year - 2024) / 20);
      byYear[year] = Number((longTerm * converge + 0.02 * (1 - converge) * Math.exp(-Math.abs(age - 70) / 25)).toFixed(5));
    }
    rows.push({ age, byYear });
  }
  return rows;
}

function buildSchemes() {
  const rng = createRng(2601);
  return SCHEME_NAMES.map((name, i) => ({
    id: 'SCH' + String(i + 1).padStart(3, '0'),
    name,
    normalRetirementAge: rng.pick([60, 65, 65, 67]),
    revaluation: { method: rng.pick(['CPI', 'RPI']), cap: rng.pick([0.025, 0.05]) },
    basis: {
      mortality: buildMortalityTable(0.8 + rng.next() * 0.4),
      curve: buildYieldCurve(0.018 + rng.next() * 0.012),
      expenseLoading: 0.01 + rng.next() * 0.02,
      spousePortion: rng.pick([0.5, 0.5, 0.6667]),
      commutationFactors: Array.from({ length: 20 }, (_, k) => ({ age: 55 + k, factor: 14 + k * 0.35 + rng.next() })),
      insufficiencyReduction: rng.pick([0, 0, 0.05, 0.1]),
      improvements: buildImprovements(0.012 + rng.next() * 0.008),
    },
  }));
}

function buildMembers(schemes, count) {
  const rng = createRng(77);
  const members = new Map();
  for (let i = 0; i < count; i++) {
    const scheme = rng.pick(schemes);
    const salt = crypto.createHash('sha256').update('member-salt-' + i).digest('hex').slice(0, 32);
    const pin = String(1000 + ((i * 7919) % 9000));
    members.set('M' + String(i).padStart(6, '0'), {
      ref: 'M' + String(i).padStart(6, '0'),
      schemeId: scheme.id,
      sex: rng.next() < 0.5 ? 'male' : 'female',
      age: rng.int(28, 59),
      deferredPension: Math.round(1500 + rng.next() * 28000),
      gmp: Math.round(rng.next() * 2500),
      salt,
      pin,
      pinHash: null,
    });
  }
  return members;
}

module.exports = { buildSchemes, buildMembers };
