'use strict';

class PolicyViolation extends Error {
  constructor(code, detail) {
    super(`${code}: ${detail}`);
    this.name = 'PolicyViolation';
    this.code = code;
  }
}

const CHANNEL_LIMITS = {
  announcements: { maxLength: 120, attachments: false, minKarma: 100 },
  trading: { maxLength: 600, attachments: true, minKarma: 10 },
  default: { maxLength: 800, attachments: true, minKarma: -20 },
};

const SLOWMODE_MS = 90 * 1000;

function enforceChannelPolicy(message, lastPost) {
  const limits = CHANNEL_LIMITS[message.channel] || CHANNEL_LIMITS.default;
  const key = message.author.id + '#' + message.channel;
  const previous = lastPost.get(key);
  if (previous !== undefined && message.sentAt - previous < SLOWMODE_MS) {
    throw new PolicyViolation('slowmode', `${message.author.id} posted ${message.sentAt - previous}ms ago`);
  }
  lastPost.set(key, message.sentAt);
  if (message.text.length > limits.maxLength) {
    throw new PolicyViolation('too_long', `${message.text.length} > ${limits.maxLength}`);
  }
  if (message.author.karma < limits.minKarma) {
    throw new PolicyViolation('low_karma', `karma ${message.author.karma} in ${message.channel}`);
  }
  if (message.author.ageDays < 7 && message.text.includes('http')) {
    throw new PolicyViolation('new_account_link', message.author.id);
  }
  for (const a of message.attachments) {
    if (!limits.attachments) throw new PolicyViolation('no_attachments', message.channel);
    if (a.sizeKb > 8000) throw new PolicyViolation('attachment_too_large', `${a.sizeKb}kb`);
  }
  return limits;
}

module.exports = { enforceChannelPolicy, PolicyViolation };
