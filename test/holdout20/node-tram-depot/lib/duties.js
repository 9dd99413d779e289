'use strict';

function shiftKind(startHour) {
  if (startHour < 5 || startHour >= 22) return 'night';
  if (startHour < 8) return 'early';
  if (startHour >= 14) return 'late';
  return 'day';
}

// Checks a proposed run of duties for one staff member against the depot rules.
function checkDutyRun(rules, staff, duties) {
  const applicable = rules.shiftRules.filter((r) => r.appliesTo === staff.grade);
  const breaches = [];
  let fatigue = 0;
  let consecutiveNights = 0;
  for (let i = 0; i < duties.length; i++) {
    const d = duties[i];
    const kind = shiftKind(d.startHour);
    fatigue += d.hours * rules.fatigueWeights[kind] + (d.split ? rules.fatigueWeights.splitShiftPenalty : 0);
    consecutiveNights = kind === 'night' ? consecutiveNights + 1 : 0;
    const restHours = i > 0 ? 24 - (duties[i - 1].startHour + duties[i - 1].hours) + d.startHour : 24;
    for (const rule of applicable) {
      if (d.hours > rule.maxDutyHours) breaches.push({ rule: rule.id, day: i, reason: 'duty too long' });
      if (restHours < rule.minRestHours) breaches.push({ rule: rule.id, day: i, reason: 'insufficient rest' });
      if (consecutiveNights > rule.maxConsecutiveNights) breaches.push({ rule: rule.id, day: i, reason: 'too many nights' });
      if (rule.requiresRouteKnowledge && d.route && !staff.routes.includes(d.route)) {
        breaches.push({ rule: rule.id, day: i, reason: `no route knowledge for ${d.route}` });
      }
    }
  }
  return { staff: staff.id, rulesVersion: rules.version, fatigue: Math.round(fatigue * 10) / 10, breaches: breaches.slice(0, 20), breachCount: breaches.length };
}

module.exports = { checkDutyRun };
