'use strict';

const { ratesFor, assessIncome, tariffIncome, roundPence } = require('./income');
const { Logger } = require('./logger');

const log = new Logger('assess');

function premium(name, benefitYear) {
  return ratesFor(benefitYear).premiums[name];
}

function applicableAmount(household, benefitYear) {
  const rates = ratesFor(benefitYear);
  const pa = rates.personalAllowance;
  const pensionAge = household.claimantAge >= 66;
  let amount;
  if (household.couple) amount = pensionAge ? pa.pensionerCouple : pa.couple;
  else if (pensionAge) amount = pa.pensioner;
  else if (household.children > 0) amount = household.claimantAge < 18 ? pa.loneParentUnder18 : pa.loneParent;
  else amount = household.claimantAge < 25 ? pa.singleUnder25 : pa.single;
  const components = [{ label: 'Personal allowance', weekly: amount }];

  if (household.children > 0) {
    components.push({ label: `Child allowance x${household.children}`, weekly: rates.childAllowance * household.children });
    components.push({ label: 'Family premium', weekly: premium('family', benefitYear) });
  }
  if (household.disabledChildren > 0) {
    components.push({ label: 'Disabled child premium', weekly: premium('disabledChild', benefitYear) * household.disabledChildren });
  }
  if (household.disability && !pensionAge) {
    components.push({
      label: 'Disability premium',
      weekly: premium(household.couple ? 'disabilityCouple' : 'disabilitySingle', benefitYear),
    });
  }
  if (household.carer) components.push({ label: 'Carer premium', weekly: premium('carer', benefitYear) });
  const total = components.reduce((s, c) => s + c.weekly, 0);
  return { components, total: roundPence(total) };
}

function nonDependantDeduction(grossWeekly, benefitYear) {
  let deduction = 0;
  for (const band of ratesFor(benefitYear).nonDependantDeductions) {
    if (grossWeekly >= band.grossFrom) deduction = band.weekly;
  }
  return deduction;
}

class Assessment {
  constructor(claim) {
    this.ref = claim.ref;
    this.benefitYear = claim.benefitYear;
    this.ward = claim.ward;
    this.landlord = claim.landlord;
    this.previousAward = claim.previousAward;
    this.applicable = null;
    this.income = null;
    this.tariff = 0;
    this.eligibleRent = 0;
    this.deductions = [];
    this.weeklyAward = 0;
    this.outcome = 'pending';
  }
}

function assessClaim(claim, incomeLines) {
  const rates = ratesFor(claim.benefitYear);
  const result = new Assessment(claim);
  const household = claim.household;

  if (claim.capital > rates.capital.upperLimit) {
    result.outcome = 'refused-capital';
    log.debug(`claim ${claim.ref} refused: capital ${claim.capital} over limit; claim=${JSON.stringify(claim)}`);
    return result;
  }

  result.applicable = applicableAmount(household, claim.benefitYear);
  result.income = assessIncome(incomeLines, household, claim.benefitYear);
  result.tariff = tariffIncome(claim.capital, claim.benefitYear);
  result.eligibleRent = roundPence(claim.weeklyRent - claim.serviceCharges);
  for (const gross of claim.nonDependants) {
    result.deductions.push({ label: `Non-dependant (gross £${gross}/wk)`, weekly: nonDependantDeduction(gross, claim.benefitYear) });
  }
  const rentAfterDeductions = result.deductions.reduce((r, d) => r - d.weekly, result.eligibleRent);
  const excess = Math.max(0, result.income.total + result.tariff - result.applicable.total);
  const award = roundPence(Math.max(0, rentAfterDeductions - excess * rates.taper));
  result.weeklyAward = award >= rates.minimumAward ? award : 0;
  result.outcome = result.weeklyAward > 0 ? 'awarded' : 'nil-award';
  log.debug(`assessed ${claim.ref}: ${JSON.stringify({ claim, result, incomes: incomeLines }, null, 2)}`);
  return result;
}

module.exports = { assessClaim };
