'use strict';

// Each quote may tweak the basis (e.g. member-specific spouse portion), so it works on its own copy.
function loadSchemeBasis(scheme, overrides) {
  const basis = JSON.parse(JSON.stringify(scheme.basis));
  if (overrides && overrides.spousePortion != null) basis.spousePortion = overrides.spousePortion;
  return basis;
}

function survival(mortality, fromAge, toAge) {
  let p = 1;
  for (let x = fromAge; x < toAge && x <= 120; x++) p *= 1 - mortality[x];
  return p;
}

function discountFactor(curve, term) {
  if (term <= 0) return 1;
  const point = curve[Math.min(curve.length, Math.ceil(term)) - 1];
  return Math.pow(1 + point.spot, -term);
}

// Annuity factor payable monthly from retirement age, including a contingent spouse pension.
function annuityFactor(basis, sex, retirementAge, deferral) {
  const own = basis.mortality[sex];
  const spouse = basis.mortality[sex === 'male' ? 'female' : 'male'];
  let factor = 0;
  for (let t = 0; t < 120 - retirementAge; t++) {
    const pMember = survival(own, retirementAge, retirementAge + t);
    const pSpouse = survival(spouse, retirementAge - 3, retirementAge - 3 + t);
    const v = discountFactor(basis.curve, deferral + t + 0.5);
    const escalation = Math.pow(1 + basis.curve[Math.min(79, t)].inflation * 0.9, t);
    factor += v * escalation * (pMember + basis.spousePortion * (1 - pMember) * pSpouse);
  }
  return factor;
}

function revalue(pension, scheme, years) {
  const rate = Math.min(scheme.revaluation.cap, scheme.revaluation.method === 'RPI' ? 0.031 : 0.026);
  const rows = [];
  let amount = pension;
  for (let y = 1; y <= years; y++) {
    amount *= 1 + rate;
    rows.push({ year: y, pension: amount });
  }
  return { amount, rows };
}

function transferValue(member, scheme, overrides) {
  const basis = loadSchemeBasis(scheme, overrides);
  const deferral = Math.max(0, scheme.normalRetirementAge - member.age);
  const revalued = revalue(member.deferredPension - member.gmp, scheme, deferral);
  const gmpRevalued = member.gmp * Math.pow(1.035, deferral);
  const preRetirementSurvival = survival(basis.mortality[member.sex], member.age, scheme.normalRetirementAge);
  const improvement = basis.improvements[Math.max(0, scheme.normalRetirementAge - 40)].byYear[2024 + 5 * Math.floor(Math.min(40, deferral) / 5)];
  const factor = annuityFactor(basis, member.sex, scheme.normalRetirementAge, deferral) * (1 + improvement * 4);
  const gross = (revalued.amount + gmpRevalued) * factor * preRetirementSurvival;
  const net = gross * (1 - basis.expenseLoading) * (1 - basis.insufficiencyReduction);
  return {
    memberRef: member.ref,
    schemeId: scheme.id,
    deferral,
    factor,
    revaluedPension: revalued.amount + gmpRevalued,
    projection: revalued.rows,
    gross,
    net,
  };
}

module.exports = { transferValue, loadSchemeBasis };
