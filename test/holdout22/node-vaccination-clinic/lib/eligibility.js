'use strict';

const { VACCINE_BY_CODE, DAY_MS, ageInYears } = require('./catalogue');

class EligibilityResult {
  constructor(eligible, reasons, doseNumber) {
    this.eligible = eligible;
    this.reasons = reasons;
    this.doseNumber = doseNumber;
  }
}

// Checks age band, contraindications, course completion and the minimum
// interval since the previous dose of the same vaccine.
function checkEligibility(patient, vaccineCode, appointmentStart) {
  const vaccine = VACCINE_BY_CODE.get(vaccineCode);
  const reasons = [];
  if (!vaccine) {
    return new EligibilityResult(false, [`unknown vaccine ${vaccineCode}`], 0);
  }
  const age = ageInYears(patient.birthDate, appointmentStart);
  if (age < vaccine.minAge) reasons.push(`below minimum age ${vaccine.minAge}`);
  if (age > vaccine.maxAge) reasons.push(`above maximum age ${vaccine.maxAge}`);
  if (patient.contraindications.includes(vaccineCode)) reasons.push('recorded contraindication');

  let doses = 0;
  let lastDose = 0;
  for (const dose of patient.history) {
    if (dose.vaccine !== vaccineCode) continue;
    doses += 1;
    if (dose.date > lastDose) lastDose = dose.date;
  }
  const recurring = vaccine.courseDoses === 1;
  if (!recurring && doses >= vaccine.courseDoses) reasons.push('course already complete');
  if (lastDose && appointmentStart - lastDose < vaccine.intervalDays * DAY_MS) {
    const days = Math.ceil((lastDose + vaccine.intervalDays * DAY_MS - appointmentStart) / DAY_MS);
    reasons.push(`minimum interval not reached (${days} days to go)`);
  }
  return new EligibilityResult(reasons.length === 0, reasons, recurring ? 1 : doses + 1);
}

function suggestVaccines(patient, at) {
  const out = [];
  for (const code of VACCINE_BY_CODE.keys()) {
    if (checkEligibility(patient, code, at).eligible) out.push(code);
  }
  return out;
}

module.exports = { checkEligibility, suggestVaccines };
