'use strict';

const DAY_MS = 24 * 60 * 60 * 1000;

// Vaccines offered by the community clinics. Ages are in years, intervals in days.
const VACCINES = [
  { code: 'FLU-QIV', name: 'Influenza (quadrivalent)', minAge: 0.5, maxAge: 120, intervalDays: 300, courseDoses: 1 },
  { code: 'COV-BST', name: 'COVID-19 booster', minAge: 5, maxAge: 120, intervalDays: 180, courseDoses: 1 },
  { code: 'SHG-RZV', name: 'Shingles (recombinant)', minAge: 50, maxAge: 120, intervalDays: 56, courseDoses: 2 },
  { code: 'PCV-20', name: 'Pneumococcal conjugate', minAge: 65, maxAge: 120, intervalDays: 3650, courseDoses: 1 },
  { code: 'HPV-9', name: 'Human papillomavirus', minAge: 9, maxAge: 45, intervalDays: 180, courseDoses: 2 },
  { code: 'MMR', name: 'Measles, mumps and rubella', minAge: 1, maxAge: 120, intervalDays: 28, courseDoses: 2 },
  { code: 'TDAP', name: 'Tetanus, diphtheria and pertussis', minAge: 10, maxAge: 120, intervalDays: 3650, courseDoses: 1 },
  { code: 'HEP-B', name: 'Hepatitis B', minAge: 0, maxAge: 120, intervalDays: 28, courseDoses: 3 },
];

const VACCINE_BY_CODE = new Map(VACCINES.map((v) => [v.code, v]));

function ageInYears(birthDate, at) {
  return (at - birthDate) / (365.25 * DAY_MS);
}

module.exports = { VACCINES, VACCINE_BY_CODE, DAY_MS, ageInYears };
