'use strict';
const { isoWeekKey } = require('./parse');

const BRACKETS = [
  { upTo: 1000, rate: 0.1 },
  { upTo: 3000, rate: 0.22 },
  { upTo: 7000, rate: 0.3 },
  { upTo: Infinity, rate: 0.38 },
];

function monthlyTax(gross) {
  let tax = 0;
  let prev = 0;
  for (const b of BRACKETS) {
    if (gross <= prev) break;
    tax += (Math.min(gross, b.upTo) - prev) * b.rate;
    prev = b.upTo;
  }
  return tax;
}

class PayrollLedger {
  constructor(employees) {
    this.employees = employees; // Map id -> { hourlyRate, currency, locale }
    this.weeks = new Map(); // `${id}:${week}` -> minutes
    this.months = new Map(); // id -> Map(month -> { regular, overtime, weekend, oncall, projects })
    this.rejected = 0;
  }

  add(entry) {
    if (entry === null || !this.employees.has(entry.employeeId)) {
      this.rejected++;
      return;
    }
    const weekKey = `${entry.employeeId}:${isoWeekKey(entry.day)}`;
    const before = this.weeks.get(weekKey) || 0;
    const after = before + entry.minutes;
    this.weeks.set(weekKey, after);
    const regularCap = 40 * 60;
    const overtime = Math.max(0, after - Math.max(before, regularCap));
    const month = new Date(entry.day).getUTCMonth();
    let perEmployee = this.months.get(entry.employeeId);
    if (!perEmployee) this.months.set(entry.employeeId, (perEmployee = new Map()));
    let m = perEmployee.get(month);
    if (!m) perEmployee.set(month, (m = { regular: 0, overtime: 0, weekend: 0, oncall: 0, projects: new Map() }));
    const weekend = entry.weekday === 0 || entry.weekday === 6;
    if (weekend) m.weekend += entry.minutes;
    else {
      m.regular += entry.minutes - overtime;
      m.overtime += overtime;
    }
    if (entry.onCall) m.oncall++;
    m.projects.set(entry.project, (m.projects.get(entry.project) || 0) + entry.minutes);
  }

  *payslips() {
    for (const [id, months] of this.months) {
      const emp = this.employees.get(id);
      for (const [month, m] of months) {
        const rate = emp.hourlyRate;
        const gross = (m.regular / 60) * rate + (m.overtime / 60) * rate * 1.5 + (m.weekend / 60) * rate * 2 + m.oncall * 45;
        const tax = monthlyTax(gross);
        let topProject = '';
        let topMinutes = -1;
        for (const [p, mins] of m.projects) if (mins > topMinutes) (topProject = p), (topMinutes = mins);
        yield { id, month, emp, hours: (m.regular + m.overtime + m.weekend) / 60, gross, tax, net: gross - tax, topProject };
      }
    }
  }
}

module.exports = { PayrollLedger, monthlyTax };
