'use strict';

const path = require('path');

const RATES_DIR = path.join(__dirname, '..', 'rates');

function ratesFor(benefitYear) {
  return require(path.join(RATES_DIR, `rates-${benefitYear}.json`));
}

function roundPence(x) {
  return Math.round(x * 100) / 100;
}

// Converts a declared income to a weekly figure and applies the disregards for
// its kind. Earnings disregards depend on the household, so they are applied
// once per claim in assessIncome below.
function disregardShare(kind, benefitYear) {
  return ratesFor(benefitYear).disregards[kind] ?? 0;
}

function weeksIn(frequency, benefitYear) {
  return ratesFor(benefitYear).periodsPerWeek[frequency];
}

function weeklyAssessable(line, benefitYear) {
  const weekly = line.amount / weeksIn(line.frequency, benefitYear);
  const share = disregardShare(line.kind, benefitYear);
  return { kind: line.kind, person: line.person, weekly: roundPence(weekly), counted: roundPence(weekly * (1 - share)) };
}

function earningsDisregard(household, benefitYear) {
  const { earningsDisregard } = ratesFor(benefitYear);
  let disregard = household.couple ? earningsDisregard.couple : earningsDisregard.single;
  if (!household.couple && household.children > 0) disregard = earningsDisregard.loneParent;
  if (household.disability) disregard = Math.max(disregard, earningsDisregard.disabled);
  if (household.carer) disregard = Math.max(disregard, earningsDisregard.carer);
  return disregard;
}

function assessIncome(lines, household, benefitYear) {
  const items = lines.map((line) => weeklyAssessable(line, benefitYear));
  let earned = 0;
  let other = 0;
  for (const item of items) {
    if (item.kind === 'earnings' || item.kind === 'selfEmployment') earned += item.counted;
    else other += item.counted;
  }
  const disregard = Math.min(earned, earningsDisregard(household, benefitYear));
  return { items, earned: roundPence(earned), other: roundPence(other), disregard, total: roundPence(earned - disregard + other) };
}

function tariffIncome(capital, benefitYear) {
  const { capital: limits } = ratesFor(benefitYear);
  if (capital <= limits.lowerLimit) return 0;
  return Math.ceil((capital - limits.lowerLimit) / limits.tariffPer);
}

module.exports = { ratesFor, assessIncome, tariffIncome, roundPence };
