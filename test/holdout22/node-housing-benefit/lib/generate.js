'use strict';

const fs = require('fs');
const path = require('path');
const { csvField } = require('./csv');

const WARDS = ['Abbey', 'Brookside', 'Castle', 'Deanery', 'Eastgate', 'Fairfield', 'Greenhill', 'Harbourside',
  'Kingsmead', 'Longcross', 'Millbrook', 'Northfield', 'Oakwood', 'Priory', 'Riverside', 'St Anne\'s'];
const LANDLORDS = ['Private', 'Private', 'Private', 'Housing association', 'Supported housing', 'Council (HRA)'];
const INCOME_KINDS = [
  ['earnings', 0.45, 90, 520], ['pension', 0.25, 60, 260], ['maintenance', 0.08, 20, 90],
  ['childBenefit', 0.3, 24, 40], ['taxCredits', 0.15, 30, 180], ['studentLoan', 0.03, 80, 200],
  ['selfEmployment', 0.1, 60, 400], ['rentalIncome', 0.03, 50, 150], ['pip', 0.12, 28, 108],
  ['carersAllowance', 0.07, 76, 82],
];
const FREQUENCIES = ['weekly', 'fortnightly', 'fourWeekly', 'monthly', 'annual'];
const PER_WEEK = { weekly: 1, fortnightly: 2, fourWeekly: 4, monthly: 52 / 12, annual: 52 };

// Writes the two extracts the benefits system exports overnight: one row per
// claim and one row per declared income.
function writeClaimExtract(dir, rand, count) {
  const claimsPath = path.join(dir, 'claims.csv');
  const incomesPath = path.join(dir, 'incomes.csv');
  const claims = ['ref,benefitYear,ward,landlord,claimantAge,partnerAge,children,disabledChildren,disability,carer,weeklyRent,serviceCharges,capital,nonDependants,previousAward'];
  const incomes = ['ref,person,kind,amount,frequency'];
  for (let i = 0; i < count; i++) {
    const ref = `HB${String(400000 + i * 7).padStart(7, '0')}`;
    const claimantAge = rand.int(18, 90);
    const couple = rand.chance(0.35);
    const partnerAge = couple ? Math.max(18, claimantAge + rand.int(-8, 8)) : '';
    const children = claimantAge < 60 ? rand.pick([0, 0, 0, 1, 1, 2, 2, 3, 4]) : 0;
    const disabledChildren = children && rand.chance(0.08) ? 1 : 0;
    const nonDeps = [];
    if (rand.chance(0.15)) nonDeps.push(rand.int(0, 600));
    if (rand.chance(0.04)) nonDeps.push(rand.int(0, 600));
    claims.push([
      ref,
      rand.chance(0.3) ? 2023 : 2024,
      rand.pick(WARDS),
      rand.pick(LANDLORDS),
      claimantAge,
      partnerAge,
      children,
      disabledChildren,
      rand.chance(0.18) ? 'Y' : 'N',
      rand.chance(0.08) ? 'Y' : 'N',
      (rand.int(8500, 32000) / 100).toFixed(2),
      rand.chance(0.3) ? (rand.int(300, 2500) / 100).toFixed(2) : '0.00',
      rand.chance(0.8) ? rand.int(0, 5000) : rand.int(5000, 18000),
      nonDeps.join(';'),
      (rand.int(0, 25000) / 100).toFixed(2),
    ].map(csvField).join(','));

    const people = couple ? ['claimant', 'partner'] : ['claimant'];
    for (const person of people) {
      for (const [kind, p, lo, hi] of INCOME_KINDS) {
        if (!rand.chance(p)) continue;
        const frequency = kind === 'earnings' || kind === 'selfEmployment' ? rand.pick(FREQUENCIES) : rand.pick(FREQUENCIES.slice(0, 4));
        const weekly = rand.int(lo * 100, hi * 100) / 100;
        const amount = (weekly * PER_WEEK[frequency]).toFixed(2);
        incomes.push([ref, person, kind, amount, frequency].map(csvField).join(','));
      }
    }
  }
  fs.writeFileSync(claimsPath, `${claims.join('\n')}\n`);
  fs.writeFileSync(incomesPath, `${incomes.join('\n')}\n`);
  return { claimsPath, incomesPath };
}

module.exports = { writeClaimExtract, PER_WEEK };
