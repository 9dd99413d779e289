'use strict';

const crypto = require('crypto');
const { promisify } = require('util');
const { pick, intBetween } = require('./rng');

const pbkdf2 = promisify(crypto.pbkdf2);
const PIN_ITERATIONS = 8000;
const TIERS = [
  { tier: 'Friend', discount: 0.1 },
  { tier: 'Patron', discount: 0.2 },
  { tier: 'Benefactor', discount: 0.35 },
];

class MemberRegistry {
  constructor() {
    this.members = new Map();
  }

  // Enrolment happens off the request path, so it can use the async KDF.
  async seed(count, rng) {
    const fixtures = [];
    const jobs = [];
    for (let i = 0; i < count; i++) {
      const id = `M${100000 + i * 37}`;
      const pin = String(intBetween(rng, 0, 999999)).padStart(6, '0');
      const salt = crypto.randomBytes(16);
      const level = pick(rng, TIERS);
      jobs.push(
        pbkdf2(pin, salt, PIN_ITERATIONS, 32, 'sha256').then((hash) => {
          this.members.set(id, { id, salt, hash, iterations: PIN_ITERATIONS, ...level, visits: 0 });
        }),
      );
      fixtures.push({ id, pin });
    }
    await Promise.all(jobs);
    return fixtures;
  }

  authenticate(memberId, pin) {
    const member = this.members.get(memberId);
    if (!member) return null;
    const candidate = crypto.pbkdf2Sync(String(pin), member.salt, member.iterations, 32, 'sha256');
    if (!crypto.timingSafeEqual(candidate, member.hash)) return null;
    return member;
  }
}

module.exports = { MemberRegistry };
