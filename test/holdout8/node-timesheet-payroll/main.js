'use strict';
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const { generateTimesheetLines } = require('./timesheets');
const { parseEntry } = require('./parse');
const { PayrollLedger } = require('./payroll');
const { csvRow } = require('./render');

const REGIONS = [
  { locale: 'en-US', currency: 'USD', base: 28 },
  { locale: 'de-DE', currency: 'EUR', base: 26 },
  { locale: 'en-GB', currency: 'GBP', base: 22 },
  { locale: 'pl-PL', currency: 'PLN', base: 95 },
];

function buildEmployees(count) {
  const employees = new Map();
  for (let i = 0; i < count; i++) {
    const region = REGIONS[i % REGIONS.length];
    employees.set(`EMP-${String(i).padStart(5, '0')}`, { ...region, hourlyRate: region.base + (i % 17) * 1.25 });
  }
  return employees;
}

async function main() {
  const employeeCount = Number(process.env.EMPLOYEES || 3000);
  const employees = buildEmployees(employeeCount);
  const t0 = Date.now();
  let totalNet = 0;
  let rows = 0;
  let lines = 0;
  const out = path.join(os.tmpdir(), `payroll-${process.pid}.csv`);
  for (let pass = 0; pass < 2; pass++) {
    const ledger = new PayrollLedger(employees);
    for (const line of generateTimesheetLines({ employees: employeeCount + 40, days: 366, seed: 11 + pass })) {
      ledger.add(parseEntry(line));
      lines++;
    }
    const csv = ['employee,month,hours,gross,tax,net,top_project'];
    for (const slip of ledger.payslips()) {
      csv.push(csvRow(slip));
      totalNet += slip.net;
      rows++;
    }
    await fsp.writeFile(out, csv.join('\n') + '\n');
  }
  await fsp.rm(out, { force: true });
  console.log(`lines=${lines} payslips=${rows} totalNet=${totalNet.toFixed(2)} in ${Date.now() - t0} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
