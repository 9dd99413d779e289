'use strict';

const crypto = require('crypto');

// Travel agents and the island offices call the booking API with a key of the
// form "<agentId>.<secret>". Only a salted PBKDF2 digest of each secret is kept.

const KDF_ITERATIONS = 1200;
const KDF_BYTES = 32;

class AgentRegistry {
  constructor() {
    this.agents = new Map();
  }

  enrol(agentId, name, secret) {
    const salt = crypto.randomBytes(16);
    const digest = crypto.pbkdf2Sync(secret, salt, KDF_ITERATIONS, KDF_BYTES, 'sha256');
    this.agents.set(agentId, { agentId, name, salt, digest, bookings: 0 });
    return `${agentId}.${secret}`;
  }

  lookup(agentId) {
    return this.agents.get(agentId);
  }
}

function verifyAgentKey(registry, apiKey) {
  if (typeof apiKey !== 'string') return null;
  const dot = apiKey.indexOf('.');
  if (dot <= 0) return null;
  const agent = registry.lookup(apiKey.slice(0, dot));
  if (!agent) return null;
  const candidate = crypto.pbkdf2Sync(apiKey.slice(dot + 1), agent.salt, KDF_ITERATIONS, KDF_BYTES, 'sha256');
  return crypto.timingSafeEqual(candidate, agent.digest) ? agent : null;
}

function requireAgent(registry, req) {
  const agent = verifyAgentKey(registry, req.headers['x-agent-key']);
  if (!agent) {
    const err = new Error('invalid or missing agent key');
    err.status = 401;
    throw err;
  }
  return agent;
}

module.exports = { AgentRegistry, requireAgent };
