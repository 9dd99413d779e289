'use strict';

const crypto = require('crypto');

const KDF_ITERATIONS = 800;
const KEY_LEN = 32;

function deriveKey(secret, salt) {
  return crypto.pbkdf2Sync(secret, salt, KDF_ITERATIONS, KEY_LEN, 'sha256');
}

// Travel agencies that resell sailings through the partner API.
function createAgencyDirectory(agencies) {
  const dir = new Map();
  for (const a of agencies) {
    const salt = crypto.createHash('sha256').update('salt:' + a.id).digest();
    dir.set(a.id, { id: a.id, name: a.name, commission: a.commission, salt, key: deriveKey(a.secret, salt) });
  }
  return dir;
}

function authenticate(req, directory) {
  const header = req.headers.authorization || '';
  if (!header.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep < 0) return null;
  const agency = directory.get(decoded.slice(0, sep));
  if (!agency) return null;
  const candidate = deriveKey(decoded.slice(sep + 1), agency.salt);
  return crypto.timingSafeEqual(candidate, agency.key) ? agency : null;
}

module.exports = { createAgencyDirectory, authenticate };
