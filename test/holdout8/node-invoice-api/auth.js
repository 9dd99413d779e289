'use strict';
const crypto = require('node:crypto');

// API keys are stored hashed; each request re-derives the hash to compare.
class KeyStore {
  constructor(customers) {
    this.salt = Buffer.from('invoice-api-static-salt');
    this.byHash = new Map();
    for (const c of customers) {
      this.byHash.set(this.hashKey(c.apiKey), c);
    }
  }

  hashKey(apiKey) {
    return crypto.pbkdf2Sync(apiKey, this.salt, 1000, 32, 'sha256').toString('hex');
  }

  authenticate(headers) {
    const auth = headers['authorization'] || '';
    if (!auth.startsWith('Bearer ')) return null;
    const digest = this.hashKey(auth.slice(7));
    return this.byHash.get(digest) || null;
  }
}

module.exports = { KeyStore };
