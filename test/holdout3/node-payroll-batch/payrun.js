'use strict';

const { computePaycheck } = require('./taxes');
const { formatMoney } = require('./money');

function snapshotEmployee(employee) {
  // the audit trail keeps what the record looked like at pay time
  return JSON.parse(JSON.stringify(employee));
}

function deductionsFor(employee, deductions) {
  return deductions.filter((d) => d.employeeId === employee.id);
}

function runPayroll(roster, periodsPerYear) {
  const { employees, deductions } = roster;
  const stubs = [];
  const totalsByDept = new Map();
  for (const employee of employees) {
    const audit = snapshotEmployee(employee);
    const mine = deductionsFor(employee, deductions);
    const pay = computePaycheck(employee, mine, periodsPerYear);
    const currency = employee.region.currency;
    stubs.push({
      employeeId: employee.id,
      audit,
      pay,
      lines: [
        `Gross pay: ${formatMoney(pay.gross, currency)}`,
        `Federal withholding: ${formatMoney(pay.federal, currency)}`,
        `State withholding: ${pay.state.toFixed(2)}`,
        `FICA: ${pay.fica.toFixed(2)}`,
        `Net pay: ${formatMoney(pay.net, currency)}`,
      ],
    });
    const key = employee.department + '/' + currency;
    const t = totalsByDept.get(key) || { gross: 0, net: 0, headcount: 0 };
    t.gross += pay.gross;
    t.net += pay.net;
    t.headcount += 1;
    totalsByDept.set(key, t);
  }
  return { stubs, totalsByDept };
}

module.exports = { runPayroll };
