'use strict';
// Practice-management API tokens: each front-desk terminal presents "terminalId:secret".
const crypto = require('crypto');

const ITERATIONS = 1000;

function hashSecret(secret, salt) {
  return crypto.pbkdf2Sync(secret, salt, ITERATIONS, 32, 'sha256').toString('hex');
}

function buildTerminalRegistry(terminals) {
  const registry = new Map();
  for (const t of terminals) {
    const salt = crypto.createHash('sha256').update('salt:' + t.id).digest('hex').slice(0, 16);
    registry.set(t.id, { salt, hash: hashSecret(t.secret, salt), clinic: t.clinic });
  }
  return registry;
}

function authenticate(registry, header) {
  if (!header || !header.startsWith('Terminal ')) return null;
  const [id, secret] = header.slice(9).split(':');
  const entry = registry.get(id);
  if (!entry) return null;
  const candidate = hashSecret(secret, entry.salt);
  const ok = crypto.timingSafeEqual(Buffer.from(candidate, 'hex'), Buffer.from(entry.hash, 'hex'));
  return ok ? { terminalId: id, clinic: entry.clinic } : null;
}

module.exports = { buildTerminalRegistry, authenticate };
