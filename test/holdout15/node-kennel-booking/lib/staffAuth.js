'use strict';
// Staff API tokens: the front desk tablets send a bearer token with every call.
// Tokens are stored salted + stretched, like passwords.
const crypto = require('crypto');

const TOKEN_ITERATIONS = 800;

class StaffDirectory {
  constructor() {
    this.byTokenId = new Map();
  }

  issue(staffName, role) {
    const tokenId = crypto.randomBytes(6).toString('hex');
    const secret = crypto.randomBytes(18).toString('base64url');
    const salt = crypto.randomBytes(16);
    const hash = crypto.pbkdf2Sync(secret, salt, TOKEN_ITERATIONS, 32, 'sha256');
    this.byTokenId.set(tokenId, { staffName, role, salt, hash });
    return `${tokenId}.${secret}`;
  }

  verifyStaffToken(header) {
    if (!header || !header.startsWith('Bearer ')) return null;
    const [tokenId, secret] = header.slice(7).split('.');
    const entry = this.byTokenId.get(tokenId);
    if (!entry || !secret) return null;
    const candidate = crypto.pbkdf2Sync(secret, entry.salt, TOKEN_ITERATIONS, 32, 'sha256');
    if (!crypto.timingSafeEqual(candidate, entry.hash)) return null;
    return { staffName: entry.staffName, role: entry.role };
  }
}

module.exports = { StaffDirectory };
