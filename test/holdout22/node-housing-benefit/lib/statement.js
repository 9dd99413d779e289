'use strict';

const util = require('util');

const DAY_MS = 24 * 60 * 60 * 1000;
const PAYMENTS_PER_YEAR = 26;

function money(x) {
  return util.format('£%s', x.toFixed(2)).padStart(10);
}

const scheduleDates = new Map();

// Fortnightly payment dates for a benefit year starting 1 April.
function paymentDates(benefitYear) {
  let dates = scheduleDates.get(benefitYear);
  if (!dates) {
    const start = Date.UTC(benefitYear, 3, 1);
    dates = [];
    for (let p = 1; p <= PAYMENTS_PER_YEAR; p++) dates.push(new Date(start + p * 14 * DAY_MS).toISOString().slice(0, 10));
    scheduleDates.set(benefitYear, dates);
  }
  return dates;
}

const OUTCOME_TEXT = {
  awarded: 'You are entitled to Housing Benefit.',
  'nil-award': 'Your income is too high for Housing Benefit at the moment.',
  'refused-capital': 'Your savings and capital are above the upper limit.',
};

// Renders the decision notice sent to the claimant, including the payment
// schedule for the benefit year (paid fortnightly in arrears to the rent account).
function renderNotice(assessment, claim) {
  const a = assessment;
  const lines = [];
  lines.push(util.format('HOUSING BENEFIT DECISION NOTICE   ref %s   benefit year %d/%d', a.ref, a.benefitYear, (a.benefitYear + 1) % 100));
  lines.push(util.format('Ward: %s   Landlord: %s   Claimant age: %d', a.ward, a.landlord, claim.household.claimantAge));
  lines.push(OUTCOME_TEXT[a.outcome]);
  if (a.outcome === 'refused-capital') {
    lines.push(util.format('  Capital declared %s exceeds the limit.', money(claim.capital)));
    return lines.join('\n');
  }
  lines.push('Your applicable amount (weekly)');
  for (const c of a.applicable.components) lines.push(util.format('  %s %s', c.label.padEnd(36), money(c.weekly)));
  lines.push(util.format('  %s %s', 'Total applicable amount'.padEnd(36), money(a.applicable.total)));
  lines.push('Your income (weekly)');
  for (const item of a.income.items) {
    lines.push(util.format('  %s %s %s counted %s', item.person.padEnd(9), item.kind.padEnd(16), money(item.weekly), money(item.counted)));
  }
  if (a.income.disregard) lines.push(util.format('  %s %s', 'Earnings disregard'.padEnd(36), money(-a.income.disregard)));
  if (a.tariff) lines.push(util.format('  %s %s', 'Tariff income from capital'.padEnd(36), money(a.tariff)));
  lines.push(util.format('Eligible rent %s   deductions %d', money(a.eligibleRent), a.deductions.length));
  for (const d of a.deductions) lines.push(util.format('  %s %s', d.label.padEnd(36), money(-d.weekly)));
  lines.push(util.format('Weekly award %s (previously %s)', money(a.weeklyAward), money(claim.previousAward)));
  if (a.weeklyAward > 0) {
    lines.push('Payment schedule');
    const dates = paymentDates(a.benefitYear);
    let paid = 0;
    for (let p = 0; p < PAYMENTS_PER_YEAR; p++) {
      const amount = a.weeklyAward * 2;
      paid += amount;
      lines.push(util.format('  %s  %s  %s  %s', String(p + 1).padStart(2), dates[p], money(amount), money(paid)));
    }
  }
  return lines.join('\n');
}

module.exports = { renderNotice };
