'use strict';

const CARRIER_RULES = {
  SK: [
    { classes: 'JCDZ', cabin: 'business', earnPct: 200 },
    { classes: 'APE', cabin: 'premium', earnPct: 150 },
    { classes: 'YBMH', cabin: 'economy', earnPct: 100 },
    { classes: 'QVWKL', cabin: 'economy', earnPct: 50 },
    { classes: 'TOUGS', cabin: 'economy', earnPct: 25 },
  ],
  LH: [
    { classes: 'FA', cabin: 'first', earnPct: 300 },
    { classes: 'JCDZP', cabin: 'business', earnPct: 200 },
    { classes: 'GEN', cabin: 'premium', earnPct: 125 },
    { classes: 'YBM', cabin: 'economy', earnPct: 100 },
    { classes: 'UHQVWSTLK', cabin: 'economy', earnPct: 50 },
  ],
  AY: [
    { classes: 'JCDIR', cabin: 'business', earnPct: 175 },
    { classes: 'WEH', cabin: 'premium', earnPct: 125 },
    { classes: 'YBMKLVST', cabin: 'economy', earnPct: 75 },
    { classes: 'NQOZG', cabin: 'economy', earnPct: 25 },
  ],
};
const CARRIER_RULE_INDEX = new Map(Object.entries(CARRIER_RULES).map(([carrier, rules]) => {
  const byClass = new Map();
  for (const rule of rules) for (const c of rule.classes) byClass.set(c, rule);
  return [carrier, byClass];
}));

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matchTicketName(ticketName, member) {
  const surnames = [member.lastName, ...member.formerLastNames];
  const given = [member.firstName, ...member.middleNames].map(escapeRegExp).join('(?:\\s+|)');
  for (const surname of surnames) {
    const pattern = new RegExp(
      `^${escapeRegExp(surname).replace(/-/g, '[- ]?')}\\s*/\\s*${given}(?:\\s+[A-Z]+)*\\s*(?:MR|MRS|MS|MISS|DR|MSTR|PROF)?$`, 'i');
    if (pattern.test(ticketName)) return true;
  }
  return false;
}

function resolveEarningRule(segment) {
  const byClass = CARRIER_RULE_INDEX.get(segment.carrier);
  return byClass ? byClass.get(segment.fareBasis[0]) || null : null;
}

function milesForSegment(segment, rule, tier) {
  const base = Math.max(500, Math.round(segment.distance * rule.earnPct / 100));
  const bonus = Math.round(base * tier.bonusPct / 100);
  return { base, bonus, qualifying: rule.earnPct >= 100 ? segment.distance : Math.round(segment.distance / 2) };
}

module.exports = { matchTicketName, resolveEarningRule, milesForSegment, CARRIER_RULES };
