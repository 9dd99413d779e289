'use strict';

const crypto = require('crypto');

const KDF = { iterations: 3000, keyLength: 32, digest: 'sha256' };

function deriveKey(secret, salt) {
  return crypto.pbkdf2Sync(secret, salt, KDF.iterations, KDF.keyLength, KDF.digest);
}

// Clerk API tokens are stored as salted PBKDF2 hashes, never in clear.
class ClerkDirectory {
  constructor() {
    this.clerks = new Map();
  }

  register(clerkId, token, rng) {
    const salt = Buffer.alloc(16);
    for (let i = 0; i < salt.length; i++) salt[i] = Math.floor(rng.next() * 256);
    this.clerks.set(clerkId, { clerkId, salt, hash: deriveKey(token, salt), courts: null });
  }

  authenticate(header) {
    if (!header || !header.startsWith('Bearer ')) return null;
    const [clerkId, token] = header.slice(7).split('.', 2);
    const clerk = this.clerks.get(clerkId);
    if (!clerk || !token) return null;
    const candidate = deriveKey(token, clerk.salt);
    return crypto.timingSafeEqual(candidate, clerk.hash) ? clerk : null;
  }
}

module.exports = { ClerkDirectory };
