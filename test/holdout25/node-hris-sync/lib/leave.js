'use strict';

const DAY_MS = 86400000;

function parseDay(s) {
  return Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
}

// Holiday year runs January to December; entitlement is pro-rated by FTE and by start date,
// with one extra day per five years of service capped at five.
function leaveBalance(employee, entity, absences, asOf) {
  const yearStart = Date.UTC(new Date(asOf).getUTCFullYear(), 0, 1);
  const yearEnd = Date.UTC(new Date(asOf).getUTCFullYear() + 1, 0, 1);
  const start = parseDay(employee.startDate);
  const serviceYears = Math.max(0, (asOf - start) / (365.25 * DAY_MS));
  const base = entity.annualLeave + Math.min(5, Math.floor(serviceYears / 5));
  const from = Math.max(start, yearStart);
  const yearFraction = Math.max(0, (yearEnd - from) / (yearEnd - yearStart));
  const entitlement = Math.round(base * employee.fte * yearFraction * 2) / 2;
  const accrued = Math.round(entitlement * Math.min(1, Math.max(0, (asOf - from) / (yearEnd - from))) * 100) / 100;
  const taken = { annual: 0, sick: 0, parental: 0, study: 0 };
  for (const a of absences) {
    const day = parseDay(a.start);
    if (day < yearStart || day >= yearEnd || day < start) continue;
    taken[a.type] = (taken[a.type] || 0) + a.days;
  }
  return {
    entitlement,
    accrued,
    taken: taken.annual,
    remaining: Math.round((entitlement - taken.annual) * 100) / 100,
    sickDays: taken.sick,
    triggerSicknessReview: taken.sick >= 8,
  };
}

module.exports = { leaveBalance, parseDay };
