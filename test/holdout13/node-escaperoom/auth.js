'use strict';
const crypto = require('crypto');

// Staff and partner API keys are stored as salted PBKDF2 hashes.
const SALT = Buffer.from('f1c2a9e0b7d34455', 'hex');
const ITERATIONS = 400;
const keys = new Map();

function hashKey(apiKey) {
  return crypto.pbkdf2Sync(apiKey, SALT, ITERATIONS, 32, 'sha256').toString('hex');
}

function registerKey(apiKey, partner) {
  keys.set(hashKey(apiKey), partner);
}

function authenticate(req) {
  const header = req.headers['x-api-key'];
  if (!header) return null;
  return keys.get(hashKey(header)) || null;
}

module.exports = { registerKey, authenticate };
