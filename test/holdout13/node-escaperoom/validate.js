'use strict';

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Voucher codes look like PHARAOH-20240614-AB12 (room slug, play date, 4 chars).
function voucherMatches(code, room, date) {
  const re = new RegExp('^' + escapeRe(room.slug.toUpperCase()) + '-' + date.replace(/-/g, '') + '-[A-Z0-9]{4}$');
  return re.test(code);
}

function validateBooking(body, room) {
  const errors = [];
  if (typeof body.team !== 'string' || body.team.trim().length < 2) errors.push('team name required');
  if (!Number.isInteger(body.players) || body.players < 2 || body.players > room.maxPlayers) errors.push('invalid player count');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(body.date || '')) errors.push('invalid date');
  if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(body.email || '')) errors.push('invalid email');
  return errors;
}

function teamNameTaken(name, existing) {
  const words = name.trim().split(/\s+/).map(escapeRe);
  for (const b of existing) {
    const re = new RegExp('^\\s*' + words.join('\\s+') + '\\s*$', 'i');
    if (re.test(b.team)) return true;
  }
  return false;
}

module.exports = { voucherMatches, validateBooking, teamNameTaken };
