'use strict';

const crypto = require('crypto');

// Pickup codes are six digits, which is a tiny key space, so they are never
// stored in clear text: we keep a salted PBKDF2 digest next to the parcel.
const PIN_ITERATIONS = 1500;
const PIN_KEYLEN = 32;

function newPickupCode(rng) {
  return String(Math.floor(rng() * 1e6)).padStart(6, '0');
}

function hashPin(pin, salt) {
  return crypto.pbkdf2Sync(String(pin), salt, PIN_ITERATIONS, PIN_KEYLEN, 'sha256');
}

function sealPin(pin) {
  const salt = crypto.randomBytes(16);
  return { salt, digest: hashPin(pin, salt) };
}

function pinMatches(pin, sealed) {
  if (typeof pin !== 'string' || !/^\d{6}$/.test(pin)) return false;
  const candidate = hashPin(pin, sealed.salt);
  return crypto.timingSafeEqual(candidate, sealed.digest);
}

module.exports = { newPickupCode, sealPin, pinMatches };
