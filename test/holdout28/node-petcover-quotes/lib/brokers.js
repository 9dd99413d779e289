'use strict';

const crypto = require('crypto');

const KEY_ITERATIONS = 600;
const KEY_LENGTH = 32;

class BrokerRegistry {
  constructor() {
    this.brokers = new Map();
  }

  register(brokerId, name, apiKey, commissionRate) {
    const salt = crypto.createHash('sha256').update(`petcover:${brokerId}`).digest();
    const keyHash = crypto.pbkdf2Sync(apiKey, salt, KEY_ITERATIONS, KEY_LENGTH, 'sha256');
    this.brokers.set(brokerId, { brokerId, name, salt, keyHash, commissionRate, quotes: 0 });
  }

  get(brokerId) {
    return this.brokers.get(brokerId);
  }
}

function verifyBrokerKey(registry, brokerId, presentedKey) {
  const broker = registry.get(brokerId);
  if (!broker || typeof presentedKey !== 'string') return null;
  const derived = crypto.pbkdf2Sync(presentedKey, broker.salt, KEY_ITERATIONS, KEY_LENGTH, 'sha256');
  return crypto.timingSafeEqual(derived, broker.keyHash) ? broker : null;
}

module.exports = { BrokerRegistry, verifyBrokerKey };
