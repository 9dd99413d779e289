'use strict';
// Session tokens: "<user>.<salt hex>.<digest hex>", digest = PBKDF2(secret, salt).
const crypto = require('node:crypto');

const SESSION_SECRET = 'search-api-session-secret-v3';
const ITERATIONS = 1200;

function issueSession(user, salt) {
  const digest = crypto.pbkdf2Sync(`${SESSION_SECRET}:${user}`, salt, ITERATIONS, 32, 'sha256');
  return `${user}.${salt.toString('hex')}.${digest.toString('hex')}`;
}

function verifySession(token) {
  if (typeof token !== 'string') return null;
  const [user, saltHex, digestHex] = token.split('.');
  if (!user || !saltHex || !digestHex) return null;
  const expected = crypto.pbkdf2Sync(`${SESSION_SECRET}:${user}`, Buffer.from(saltHex, 'hex'), ITERATIONS, 32, 'sha256');
  const given = Buffer.from(digestHex, 'hex');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  return { user };
}

module.exports = { issueSession, verifySession };
