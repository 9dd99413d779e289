'use strict';

const crypto = require('crypto');
const { PIN_ITERATIONS } = require('./store');

const PATIENT_AUTH = /^Patient (\d{10}):(\d{4,8})$/;

class AuthError extends Error {
  constructor(message) {
    super(message);
    this.status = 401;
  }
}

function verifyPin(patient, pin) {
  const candidate = crypto.pbkdf2Sync(pin, patient.salt, PIN_ITERATIONS, 32, 'sha256');
  return crypto.timingSafeEqual(candidate, patient.pinHash);
}

// Resolves the patient from the "Authorization: Patient <nhs>:<pin>" header used
// by the booking front end.
function authenticatePatient(req, store) {
  const match = PATIENT_AUTH.exec(req.headers.authorization || '');
  if (!match) throw new AuthError('missing or malformed credentials');
  const patient = store.patients.get(match[1]);
  if (!patient || !patient.pinHash) throw new AuthError('unknown patient account');
  if (!verifyPin(patient, match[2])) throw new AuthError('wrong PIN');
  return patient;
}

module.exports = { authenticatePatient, AuthError };
