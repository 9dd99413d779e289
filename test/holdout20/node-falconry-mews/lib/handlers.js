'use strict';

const crypto = require('crypto');

// Handler credentials as they are kept in the mews office system: salted
// PBKDF2 digests of the handler's personal passphrase.
const ITERATIONS = 1500;

class HandlerRegistry {
  constructor() {
    this.handlers = new Map();
  }

  enrol(handlerId, passphrase) {
    const salt = crypto.createHash('sha256').update(`mews:${handlerId}`).digest().subarray(0, 16);
    const digest = crypto.pbkdf2Sync(passphrase, salt, ITERATIONS, 32, 'sha256');
    this.handlers.set(handlerId, { salt, digest });
  }

  verify(handlerId, passphrase) {
    const record = this.handlers.get(handlerId);
    if (!record || typeof passphrase !== 'string') return false;
    const candidate = crypto.pbkdf2Sync(passphrase, record.salt, ITERATIONS, 32, 'sha256');
    return crypto.timingSafeEqual(candidate, record.digest);
  }
}

module.exports = { HandlerRegistry };
