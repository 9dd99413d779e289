'use strict';

const crypto = require('crypto');
const { promisify } = require('util');

const pbkdf2 = promisify(crypto.pbkdf2);

const HASH_ITERATIONS = 12500;
const KEY_LENGTH = 32;
const DIGEST = 'sha256';

class AccountStore {
  constructor() {
    this.accounts = new Map();
  }

  async register(username, password, salt) {
    const hash = await pbkdf2(password, salt, HASH_ITERATIONS, KEY_LENGTH, DIGEST);
    this.accounts.set(username, { username, salt, hash, solved: 0, streak: 0 });
  }

  verifyPassword(username, password) {
    const account = this.accounts.get(username);
    if (!account) return null;
    const candidate = crypto.pbkdf2Sync(password, account.salt, HASH_ITERATIONS, KEY_LENGTH, DIGEST);
    return crypto.timingSafeEqual(candidate, account.hash) ? account : null;
  }

  get(username) {
    return this.accounts.get(username);
  }
}

class SessionTable {
  constructor(secret) {
    this.secret = secret;
    this.sessions = new Map();
    this.counter = 0;
  }

  open(username) {
    this.counter++;
    const token = crypto
      .createHmac('sha256', this.secret)
      .update(`${username}:${this.counter}`)
      .digest('base64url');
    this.sessions.set(token, { username, opened: this.counter });
    return token;
  }

  lookup(header) {
    if (!header || !header.startsWith('Bearer ')) return null;
    return this.sessions.get(header.slice(7)) || null;
  }

  close(header) {
    if (header) this.sessions.delete(header.slice(7));
  }
}

module.exports = { AccountStore, SessionTable };
