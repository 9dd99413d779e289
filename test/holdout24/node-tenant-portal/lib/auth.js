'use strict';

const crypto = require('crypto');
const { PIN_ITERATIONS } = require('./portfolio');

class AuthError extends Error {
  constructor(message) {
    super(message);
    this.status = 401;
  }
}

function parseBasic(header) {
  if (!header || !header.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { ref: decoded.slice(0, colon), pin: decoded.slice(colon + 1) };
}

// Checks the tenant reference and portal PIN sent with every API call.
function authenticateTenant(req, credentials) {
  const basic = parseBasic(req.headers.authorization);
  if (!basic) throw new AuthError('missing credentials');
  const record = credentials.get(basic.ref);
  if (!record) throw new AuthError('unknown tenancy');
  const derived = crypto.pbkdf2Sync(basic.pin, record.salt, PIN_ITERATIONS, 32, 'sha256');
  if (!crypto.timingSafeEqual(derived, record.hash)) throw new AuthError('bad pin');
  return basic.ref;
}

module.exports = { authenticateTenant, AuthError };
