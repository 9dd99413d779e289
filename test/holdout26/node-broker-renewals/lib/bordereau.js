'use strict';
const fs = require('fs');
const { createRng } = require('./rng');

const CLASSES = ['MOTOR_FLEET', 'PROPERTY', 'EL', 'PL', 'PI', 'CYBER', 'D_AND_O', 'MARINE_CARGO', 'CONTRACTORS_ALL_RISKS'];
const COLUMNS = ['policy_ref', 'insurer', 'class', 'client', 'postcode', 'inception', 'expiring_premium',
  'renewal_premium', 'broker_fee', 'discount', 'ipt_override', 'excess', 'handler'];

function policyRef(insurer, rng) {
  const n = String(rng.int(100000, 999999));
  switch (insurer.refStyle) {
    case 'alpha': return `${insurer.code}/${n}/${rng.int(10, 99)}`;
    case 'year': return `${insurer.code}-${2020 + rng.int(0, 5)}-${n}`;
    default: return `${insurer.code}${n}${String.fromCharCode(65 + rng.int(0, 25))}`;
  }
}

function optionalAmount(rng, probability, lo, hi) {
  if (rng.next() >= probability) return rng.next() < 0.5 ? '' : 'TBC';
  return (lo + rng.next() * (hi - lo)).toFixed(2);
}

// Writes a renewal bordereau as it would arrive from the placing platform.
function writeBordereau(file, insurers, count, seed) {
  const rng = createRng(seed);
  const lines = [COLUMNS.join(',')];
  for (let i = 0; i < count; i++) {
    const insurer = rng.pick(insurers);
    const expiring = 400 + rng.next() * 60000;
    lines.push([
      policyRef(insurer, rng), insurer.code, rng.pick(CLASSES), `Client ${rng.int(1, 9000)} Ltd`,
      `${rng.pick(['LS', 'M', 'B', 'BS', 'NE', 'G', 'CF', 'EH'])}${rng.int(1, 28)} ${rng.int(1, 9)}${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`,
      `2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      expiring.toFixed(2), (expiring * (0.95 + rng.next() * 0.2)).toFixed(2),
      optionalAmount(rng, 0.8, 50, 750), optionalAmount(rng, 0.75, 10, 900), optionalAmount(rng, 0.8, 0, 12),
      optionalAmount(rng, 0.9, 100, 10000), `H${rng.int(1, 40)}`,
    ].join(','));
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

function readBordereau(file) {
  const text = fs.readFileSync(file, 'utf8');
  const rows = text.split('\n').filter(Boolean);
  const header = rows[0].split(',');
  return rows.slice(1).map((line, idx) => {
    const cells = line.split(',');
    const rec = { line: idx + 2 };
    header.forEach((h, i) => { rec[h] = cells[i]; });
    return rec;
  });
}

module.exports = { writeBordereau, readBordereau, CLASSES };
