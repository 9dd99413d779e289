'use strict';
const crypto = require('crypto');

const PIN_ITERATIONS = 1200;

function hashPin(pin, salt) {
  return crypto.pbkdf2Sync(pin, salt, PIN_ITERATIONS, 32, 'sha256').toString('hex');
}

// Enrols the member's PIN hash at scheme setup time.
function enrolMember(member) {
  member.pinHash = hashPin(member.pin, member.salt);
}

// Checks the PIN presented on a quote request against the stored hash.
function verifyMemberPin(member, presentedPin) {
  if (!member || typeof presentedPin !== 'string') return false;
  const candidate = crypto.pbkdf2Sync(presentedPin, member.salt, PIN_ITERATIONS, 32, 'sha256');
  return crypto.timingSafeEqual(candidate, Buffer.from(member.pinHash, 'hex'));
}

module.exports = { enrolMember, verifyMemberPin };
