'use strict';

const crypto = require('crypto');
const { promisify } = require('util');

const scrypt = promisify(crypto.scrypt);

class Sessions {
  constructor(secret) {
    this.secret = secret;
    this.passwords = new Map(); // owner id -> { salt, hash }
  }

  async setPassword(ownerId, password) {
    const salt = crypto.randomBytes(16);
    const hash = await scrypt(password, salt, 32);
    this.passwords.set(ownerId, { salt, hash });
  }

  async login(ownerId, password, now) {
    const rec = this.passwords.get(ownerId);
    if (!rec) return null;
    const hash = await scrypt(password, rec.salt, 32); // runs on the libuv pool
    if (!crypto.timingSafeEqual(hash, rec.hash)) return null;
    return this.issue(ownerId, now + 3600e3);
  }

  sign(payload) {
    return crypto.createHmac('sha256', this.secret).update(payload).digest('base64url');
  }

  issue(ownerId, expires) {
    const payload = `${ownerId}.${expires}`;
    return `${payload}.${this.sign(payload)}`;
  }

  verify(token, now) {
    if (typeof token !== 'string') return null;
    const last = token.lastIndexOf('.');
    if (last < 0) return null;
    const payload = token.slice(0, last);
    const given = Buffer.from(token.slice(last + 1));
    const expected = Buffer.from(this.sign(payload));
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
    const [ownerId, expires] = payload.split('.');
    return Number(expires) > now ? ownerId : null;
  }
}

module.exports = { Sessions };
