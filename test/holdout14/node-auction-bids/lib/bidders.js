'use strict';

const crypto = require('crypto');
const { promisify } = require('util');
const { mulberry32, pick } = require('./rng');

const pbkdf2 = promisify(crypto.pbkdf2);

// Token hashing parameters shared by provisioning and verification.
const TOKEN_DIGEST = 'sha256';
const TOKEN_KEYLEN = 32;
const TOKEN_ITERATIONS = 700;

const LOCALES = [
  ['en-GB', 'GBP'], ['de-DE', 'EUR'], ['fr-FR', 'EUR'], ['en-US', 'USD'], ['de-CH', 'CHF'], ['it-IT', 'EUR'],
];
const FIRST = ['Ada', 'Bruno', 'Celine', 'Dmitri', 'Esme', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kiri', 'Lotte'];
const LAST = ['Abbott', 'Brandt', 'Castell', 'Dorn', 'Ellery', 'Fontaine', 'Grieve', 'Hartmann', 'Ivers', 'Jansen'];

class BidderRegistry {
  constructor() {
    this.bidders = new Map();
    this.issued = [];
  }

  static async generate({ count, seed }) {
    const rand = mulberry32(seed);
    const registry = new BidderRegistry();
    const pending = [];
    for (let i = 0; i < count; i++) {
      const [locale, currency] = pick(rand, LOCALES);
      const id = `B${String(5000 + i)}`;
      const token = crypto.randomBytes(18).toString('base64url');
      const salt = crypto.randomBytes(16);
      const bidder = {
        id,
        paddle: 100 + i,
        name: `${pick(rand, FIRST)} ${pick(rand, LAST)}`,
        locale,
        currency,
        salt,
        tokenHash: null,
        creditLimit: 5000 + Math.floor(rand() * 40) * 1000,
      };
      registry.bidders.set(id, bidder);
      registry.issued.push({ id, token, locale });
      pending.push(
        pbkdf2(token, salt, TOKEN_ITERATIONS, TOKEN_KEYLEN, TOKEN_DIGEST).then((hash) => {
          bidder.tokenHash = hash;
        }),
      );
    }
    await Promise.all(pending);
    return registry;
  }

  credentials() {
    return this.issued.slice();
  }

  get(id) {
    return this.bidders.get(id);
  }

  // Called for every API request carrying a bearer token.
  verifyToken(bidderId, token) {
    const bidder = this.bidders.get(bidderId);
    if (!bidder || !token) return null;
    const candidate = crypto.pbkdf2Sync(token, bidder.salt, TOKEN_ITERATIONS, TOKEN_KEYLEN, TOKEN_DIGEST);
    if (candidate.length !== bidder.tokenHash.length) return null;
    return crypto.timingSafeEqual(candidate, bidder.tokenHash) ? bidder : null;
  }
}

module.exports = { BidderRegistry };
