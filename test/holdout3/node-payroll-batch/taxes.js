'use strict';

const { roundCents } = require('./money');

const FEDERAL_BRACKETS = [
  [11000, 0.10], [44725, 0.12], [95375, 0.22], [182100, 0.24],
  [231250, 0.32], [578125, 0.35], [Infinity, 0.37],
];

function annualFederalTax(taxable) {
  let tax = 0;
  let lower = 0;
  for (const [upper, rate] of FEDERAL_BRACKETS) {
    if (taxable <= lower) break;
    tax += (Math.min(taxable, upper) - lower) * rate;
    lower = upper;
  }
  return tax;
}

function computePaycheck(employee, deductions, periodsPerYear) {
  const base = employee.salary / periodsPerYear;
  const hourly = employee.salary / 2080;
  const overtime = employee.hoursOvertime * hourly * 1.5;
  const gross = base + overtime;
  let pretax = 0;
  let posttax = 0;
  for (const d of deductions) {
    if (d.pretax) pretax += d.amount;
    else posttax += d.amount;
  }
  const taxableAnnual = Math.max(0, (gross - pretax) * periodsPerYear);
  const federal = annualFederalTax(taxableAnnual) / periodsPerYear;
  const state = (gross - pretax) * employee.region.stateRate;
  const fica = Math.min(gross, 168600 / periodsPerYear) * 0.062 + gross * 0.0145;
  const net = gross - pretax - posttax - federal - state - fica;
  return {
    gross: roundCents(gross),
    pretax: roundCents(pretax),
    posttax: roundCents(posttax),
    federal: roundCents(federal),
    state: roundCents(state),
    fica: roundCents(fica),
    net: roundCents(net),
  };
}

module.exports = { computePaycheck, annualFederalTax };
