'use strict';
// Endorsement and rest-time checks used when assigning crew to duties.

const MIN_REST_MIN = 12 * 60;

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A crew member may operate an aircraft registered to their base when one of
// their type endorsements matches the aircraft designator (e.g. "A320-MAN").
function endorsedFor(member, duty) {
  const types = member.endorsements.map(escapeRe).join('|');
  const re = new RegExp(`^(?:${types})-${escapeRe(member.base)}$`);
  return re.test(duty.aircraft);
}

function rested(member, duty, lastDutyEnd) {
  const prev = lastDutyEnd.get(member.employeeId);
  if (prev === undefined) return true;
  const start = duty.day * 1440 + duty.startMin;
  return start - prev >= MIN_REST_MIN;
}

function withinMonthlyCap(member, duty) {
  return member.hoursThisMonth + duty.blockMinutes / 60 <= 100;
}

module.exports = { endorsedFor, rested, withinMonthlyCap };
