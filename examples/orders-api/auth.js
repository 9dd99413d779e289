'use strict';
// API-key authentication. Keys are stored like passwords: a random-looking salt and the
// PBKDF2-derived hash of the secret, never the secret itself.
const crypto = require('node:crypto');
const { TENANTS, apiKeyFor } = require('./fixtures');

const PBKDF2_ITERATIONS = 600;
const KEY_LENGTH = 32;
const keys = new Map();

function registerKey(id, secret, tenant, scopes) {
  const salt = crypto.createHash('sha256').update(`salt:${id}`).digest();
  const hash = crypto.pbkdf2Sync(secret, salt, PBKDF2_ITERATIONS, KEY_LENGTH, 'sha256');
  keys.set(id, { salt, hash, tenant, scopes });
}

for (const tenant of TENANTS) {
  const { id, secret } = apiKeyFor(tenant);
  registerKey(id, secret, tenant, ['orders:read', 'orders:write']);
}

// Header format: "x-api-key: <key id>.<secret>".
function authenticate(headers) {
  const header = headers['x-api-key'];
  if (typeof header !== 'string') return null;
  const dot = header.indexOf('.');
  if (dot <= 0) return null;
  const entry = keys.get(header.slice(0, dot));
  if (!entry) return null;
  const derived = crypto.pbkdf2Sync(header.slice(dot + 1), entry.salt, PBKDF2_ITERATIONS, KEY_LENGTH, 'sha256');
  if (!crypto.timingSafeEqual(derived, entry.hash)) return null;
  return { keyId: header.slice(0, dot), tenant: entry.tenant, scopes: entry.scopes };
}

module.exports = { authenticate };
