'use strict';

const crypto = require('crypto');

// Signed API tokens: "<client>.<expiry>.<hmac>". Verified with a single HMAC and
// remembered for a short time so repeated calls skip even that.
class TokenVerifier {
  constructor(secret) {
    this.secret = secret;
    this.cache = new Map();
  }

  issue(client, expiresAt) {
    const payload = `${client}.${expiresAt}`;
    return payload + '.' + crypto.createHmac('sha256', this.secret).update(payload).digest('base64url');
  }

  verify(token, now) {
    const hit = this.cache.get(token);
    if (hit && hit.expires > now) return hit.client;
    const last = token.lastIndexOf('.');
    if (last < 0) return null;
    const payload = token.slice(0, last);
    const expected = crypto.createHmac('sha256', this.secret).update(payload).digest();
    const given = Buffer.from(token.slice(last + 1), 'base64url');
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
    const [client, exp] = payload.split('.');
    if (Number(exp) <= now) return null;
    if (this.cache.size > 1000) this.cache.clear();
    this.cache.set(token, { client, expires: Number(exp) });
    return client;
  }
}

module.exports = { TokenVerifier };
