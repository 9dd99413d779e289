'use strict';

const crypto = require('crypto');

const AWARDS = new Map([
  ['UPG-SHORT', { miles: 12000, label: 'Upgrade, short haul' }],
  ['UPG-LONG', { miles: 40000, label: 'Upgrade, long haul' }],
  ['LOUNGE', { miles: 4000, label: 'Lounge day pass' }],
  ['BAG', { miles: 6000, label: 'Extra checked bag' }],
  ['RT-EU', { miles: 30000, label: 'Award ticket, Europe return' }],
  ['HOTEL-NIGHT', { miles: 18000, label: 'Partner hotel night' }],
]);

function verifyMemberPin(member, pin) {
  if (!member.pin) return false;
  const candidate = crypto.pbkdf2Sync(String(pin), member.pin.salt, member.pin.iterations, 32, 'sha512');
  return crypto.timingSafeEqual(candidate, member.pin.hash);
}

function redeemAward(member, awardCode, quantity) {
  const award = AWARDS.get(awardCode);
  if (!award) return { ok: false, reason: 'unknown-award' };
  const cost = award.miles * quantity;
  if (member.balance < cost) return { ok: false, reason: 'insufficient-balance', balance: member.balance, cost };
  member.balance -= cost;
  member.history.push({ type: 'redeem', award: awardCode, miles: -cost });
  if (member.history.length > 50) member.history.shift();
  return { ok: true, award: award.label, cost, balance: member.balance };
}

module.exports = { verifyMemberPin, redeemAward, AWARDS };
