'use strict';

const { buildRoster } = require('./roster');
const { runPayroll } = require('./payrun');
const { annualFederalTax } = require('./taxes');

const EMPLOYEES = Number(process.env.PAYROLL_EMPLOYEES || 6000);
const CYCLES = Number(process.env.PAYROLL_CYCLES || 3);

function checksum(stubs) {
  let h = 2166136261;
  for (const s of stubs) {
    for (const line of s.lines) {
      for (let i = 0; i < line.length; i++) {
        h ^= line.charCodeAt(i);
        h = Math.imul(h, 16777619);
      }
    }
  }
  return (h >>> 0).toString(16);
}

function projectAnnualLiability(stubs) {
  // what-if projection finance asks for: liability across raise scenarios
  let liability = 0;
  for (const s of stubs) {
    const annual = s.pay.gross * 26;
    for (let raise = 0; raise <= 0.1; raise += 0.0001) {
      liability += annualFederalTax(annual * (1 + raise));
    }
  }
  return liability;
}

function main() {
  const roster = buildRoster(EMPLOYEES, 20240601);
  let lastSum = '';
  let liability = 0;
  let depts = 0;
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const { stubs, totalsByDept } = runPayroll(roster, 26);
    const sorted = stubs.slice().sort((a, b) => b.pay.net - a.pay.net || (a.employeeId < b.employeeId ? -1 : 1));
    lastSum = checksum(sorted);
    liability += projectAnnualLiability(stubs);
    depts = totalsByDept.size;
  }
  console.log(`payroll: ${EMPLOYEES} employees x ${CYCLES} cycles, ${depts} dept/currency groups, checksum ${lastSum}, liability ${Math.round(liability)}`);
}

main();
