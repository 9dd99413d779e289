'use strict';

const crypto = require('crypto');

class AuthError extends Error {
  constructor(message) {
    super(message);
    this.status = 401;
  }
}

function verifySkipperPin(store, skipperId, pin) {
  const record = store.get(skipperId);
  if (!record || typeof pin !== 'string') throw new AuthError('unknown skipper');
  const derived = crypto.pbkdf2Sync(pin, record.salt, record.iterations, record.key.length, 'sha256');
  if (!crypto.timingSafeEqual(derived, record.key)) throw new AuthError('bad PIN');
  return skipperId;
}

module.exports = { verifySkipperPin, AuthError };
