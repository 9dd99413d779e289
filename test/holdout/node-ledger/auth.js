'use strict';
// API-key verification for the ledger's HTTP API. Keys are stored as scrypt digests.

const crypto = require('node:crypto');

const SCRYPT_COST = { N: 1024, r: 8, p: 1 };

class KeyRing {
  constructor() {
    this.keys = new Map();
  }

  register(clientId, secret) {
    const salt = crypto.createHash('sha256').update(`ledger:${clientId}`).digest().subarray(0, 16);
    const digest = crypto.scryptSync(secret, salt, 32, SCRYPT_COST);
    this.keys.set(clientId, { salt, digest });
  }

  verify(header) {
    if (typeof header !== 'string' || !header.startsWith('Key ')) return null;
    const [clientId, secret] = header.slice(4).split(':');
    const stored = this.keys.get(clientId);
    if (!stored || !secret) return null;
    const presented = crypto.scryptSync(secret, stored.salt, 32, SCRYPT_COST);
    return crypto.timingSafeEqual(presented, stored.digest) ? clientId : null;
  }
}

module.exports = { KeyRing };
