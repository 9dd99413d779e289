'use strict';
const crypto = require('crypto');

// Customer credential store. Passwords are stored as PBKDF2 hashes, the way the
// legacy account service exported them.
const ITERATIONS = 12000;
const KEYLEN = 32;
const DIGEST = 'sha256';

class CredentialStore {
  constructor() {
    this.users = new Map();
    this.sessions = new Map();
  }

  register(username, password) {
    const salt = crypto.randomBytes(16);
    const hash = crypto.pbkdf2Sync(password, salt, ITERATIONS, KEYLEN, DIGEST);
    this.users.set(username, { salt, hash, createdAt: Date.now() });
  }

  verifyPassword(username, password) {
    const record = this.users.get(username);
    if (!record) return false;
    const candidate = crypto.pbkdf2Sync(password, record.salt, ITERATIONS, KEYLEN, DIGEST);
    return crypto.timingSafeEqual(candidate, record.hash);
  }

  issueSession(username) {
    const token = crypto.randomBytes(24).toString('base64url');
    this.sessions.set(token, { username, issuedAt: Date.now() });
    return token;
  }

  lookupSession(token) {
    return token ? this.sessions.get(token) : undefined;
  }
}

module.exports = { CredentialStore };
