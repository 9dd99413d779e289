'use strict';

const crypto = require('crypto');

const PIN_ITERATIONS = 6000;
const PIN_KEYLEN = 32;

function derivePinHash(pin, salt) {
  return crypto.pbkdf2Sync(pin, salt, PIN_ITERATIONS, PIN_KEYLEN, 'sha256');
}

function hashPin(pin) {
  const salt = crypto.randomBytes(16);
  return { salt: salt.toString('base64'), hash: derivePinHash(pin, salt).toString('base64') };
}

function verifyPin(pin, record) {
  const expected = Buffer.from(record.hash, 'base64');
  const actual = derivePinHash(pin, Buffer.from(record.salt, 'base64'));
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}

class BoardingPassSigner {
  constructor(secret) {
    this.key = crypto.createSecretKey(Buffer.from(secret, 'utf8'));
  }

  issue(booking, passengerIndex) {
    const body = Buffer.from(JSON.stringify({
      ref: booking.ref,
      sailing: booking.sailingId,
      pax: passengerIndex,
      lane: booking.laneMetres > 0 ? `L${(booking.seq % 6) + 1}` : null,
    })).toString('base64url');
    const mac = crypto.createHmac('sha256', this.key).update(body).digest('base64url');
    return `${body}.${mac}`;
  }
}

module.exports = { hashPin, verifyPin, BoardingPassSigner };
