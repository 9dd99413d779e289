'use strict';

const crypto = require('crypto');
const { mulberry32 } = require('./rng');

const PIN_ITERATIONS = 600;

function hashPin(pin, salt) {
  return crypto.pbkdf2Sync(pin, salt, PIN_ITERATIONS, 32, 'sha256');
}

class MemberStore {
  constructor(count, seed) {
    const rand = mulberry32(seed);
    this.byCard = new Map();
    this.pins = [];
    for (let i = 0; i < count; i++) {
      const card = `GM${100000 + i}`;
      const pin = String(1000 + Math.floor(rand() * 9000));
      const salt = crypto.createHash('md5').update(card).digest('hex');
      this.pins.push(pin);
      this.byCard.set(card, {
        card,
        name: `Member ${i}`,
        plan: ['basic', 'plus', 'premium', 'student'][i % 4],
        salt,
        pinHash: null,
        pin,
        visits: 0,
        frozen: rand() < 0.04,
        homeClub: ['riverside', 'old-town', 'harbourfront'][i % 3],
      });
    }
  }

  // PIN hashes are computed lazily on first use so startup stays quick.
  verifyPin(member, pin) {
    if (!member.pinHash) member.pinHash = hashPin(member.pin, member.salt);
    const attempt = hashPin(pin, member.salt);
    return crypto.timingSafeEqual(attempt, member.pinHash);
  }
}

module.exports = { MemberStore };
