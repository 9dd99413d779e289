'use strict';
// Request validation for booking / quote payloads.
const FORMULARY = require('./formulary');

const FIELD_RULES = {
  petName: { pattern: "^[\\p{L}][\\p{L} '\\-]{0,39}$", flags: 'u', required: true },
  species: { pattern: '^(dog|cat|rabbit|ferret|guinea-pig)$', flags: 'i', required: true },
  breed: { pattern: "^[\\p{L}][\\p{L} '\\-()]{1,59}$", flags: 'u', required: false },
  ownerEmail: { pattern: '^[a-z0-9._%+\\-]+@[a-z0-9.\\-]+\\.[a-z]{2,24}$', flags: 'i', required: true },
  ownerPhone: { pattern: '^\\+?[0-9][0-9 \\-]{6,18}[0-9]$', flags: '', required: true },
  checkIn: { pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', flags: '', required: true },
  checkOut: { pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', flags: '', required: true },
  vaccinationRef: { pattern: '^VX-[A-Z]{2}-\\d{6}(-[0-9A-F]{4})?$', flags: '', required: true },
  microchip: { pattern: '^(\\d{15}|[0-9A-F]{10})$', flags: 'i', required: false },
  currency: { pattern: '^(GBP|EUR|USD|CHF|SEK)$', flags: '', required: true },
  locale: { pattern: '^[a-z]{2}(-[A-Z]{2})?$', flags: '', required: true },
};

for (const rule of Object.values(FIELD_RULES)) {
  rule.matcher = new RegExp(rule.pattern, rule.flags);
}

function validateField(name, value) {
  const rule = FIELD_RULES[name];
  if (value === undefined || value === null || value === '') {
    return rule.required ? `${name} is required` : null;
  }
  if (!rule.matcher.test(String(value))) return `${name} has an invalid format`;
  return null;
}

function detectMedicationNotes(notes) {
  if (!notes) return [];
  const found = [];
  for (const term of FORMULARY) {
    const termMatcher = new RegExp(`\\b${term}\\b(?:\\s+(\\d+(?:\\.\\d+)?)\\s*(mg|ml|iu))?`, 'i');
    const m = termMatcher.exec(notes);
    if (m) found.push({ term, dose: m[1] ? `${m[1]}${m[2]}` : null });
  }
  return found;
}

function validateBookingRequest(body) {
  const errors = [];
  for (const name of Object.keys(FIELD_RULES)) {
    const err = validateField(name, body[name]);
    if (err) errors.push(err);
  }
  if (typeof body.weightKg !== 'number' || body.weightKg <= 0 || body.weightKg > 120) {
    errors.push('weightKg out of range');
  }
  const medications = [
    ...detectMedicationNotes(body.notes),
    ...detectMedicationNotes(body.feedingInstructions),
    ...detectMedicationNotes(body.vetNotes),
  ];
  return { ok: errors.length === 0, errors, medications };
}

module.exports = { validateBookingRequest, validateField, detectMedicationNotes };
