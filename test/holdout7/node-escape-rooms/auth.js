'use strict';

const crypto = require('crypto');

const SALT = Buffer.from('escape-rooms/booking-pin/v1');

function hashPin(pin) {
  return crypto.pbkdf2Sync(pin, SALT, 400, 32, 'sha256');
}

function verifyGroupPin(pin, expectedHex) {
  const got = hashPin(pin);
  const want = Buffer.from(expectedHex, 'hex');
  return got.length === want.length && crypto.timingSafeEqual(got, want);
}

module.exports = { hashPin, verifyGroupPin };
