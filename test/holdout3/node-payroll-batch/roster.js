'use strict';

// Deterministic roster generator used by the nightly payroll dry-run.
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPARTMENTS = ['engineering', 'sales', 'support', 'finance', 'operations', 'legal', 'marketing'];
const REGIONS = [
  { code: 'US-CA', currency: 'USD', stateRate: 0.062 },
  { code: 'US-NY', currency: 'USD', stateRate: 0.058 },
  { code: 'US-TX', currency: 'USD', stateRate: 0 },
  { code: 'CA-ON', currency: 'CAD', stateRate: 0.0505 },
  { code: 'GB-LON', currency: 'GBP', stateRate: 0 },
];
const DEDUCTION_KINDS = ['401k', 'health', 'dental', 'vision', 'commuter', 'garnishment', 'union'];

function buildRoster(count, seed) {
  const rand = mulberry32(seed);
  const employees = [];
  for (let i = 0; i < count; i++) {
    const region = REGIONS[Math.floor(rand() * REGIONS.length)];
    employees.push({
      id: 'E' + String(100000 + i),
      name: { first: 'Emp' + i, last: 'Surname' + (i % 97) },
      department: DEPARTMENTS[Math.floor(rand() * DEPARTMENTS.length)],
      region,
      salary: Math.round(42000 + rand() * 180000),
      hoursOvertime: Math.floor(rand() * 12),
      hireDate: new Date(Date.UTC(2010 + Math.floor(rand() * 14), Math.floor(rand() * 12), 1)).toISOString(),
      history: Array.from({ length: 24 }, (_, k) => ({ period: k, gross: Math.round(rand() * 9000), net: Math.round(rand() * 7000), memo: 'regular', adjustments: [] })),
    });
  }
  const deductions = [];
  for (const emp of employees) {
    const n = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < n; k++) {
      deductions.push({
        employeeId: emp.id,
        kind: DEDUCTION_KINDS[Math.floor(rand() * DEDUCTION_KINDS.length)],
        amount: Math.round(rand() * 40000) / 100,
        pretax: rand() < 0.6,
      });
    }
  }
  // deductions arrive from the benefits provider export, not grouped by employee
  for (let i = deductions.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const tmp = deductions[i];
    deductions[i] = deductions[j];
    deductions[j] = tmp;
  }
  return { employees, deductions };
}

module.exports = { buildRoster, mulberry32 };
