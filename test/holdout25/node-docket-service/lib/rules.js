'use strict';

const fs = require('fs');
const path = require('path');
const { DAY_MS } = require('./matters');

class CourtRuleBook {
  constructor(dir) {
    this.dir = dir;
  }

  // Rules are edited by the rules team while the service runs, so read the current file.
  load(courtId) {
    const text = fs.readFileSync(path.join(this.dir, `${courtId}.json`), 'utf8');
    const rules = JSON.parse(text);
    rules.holidaySet = new Set(rules.holidays);
    return rules;
  }
}

function isoDay(ts) {
  return new Date(ts).toISOString().slice(0, 10);
}

function isCourtDay(ts, rules) {
  const dow = new Date(ts).getUTCDay();
  return dow !== 0 && dow !== 6 && !rules.holidaySet.has(isoDay(ts));
}

// Adds clear court days, skipping weekends and court holidays, after deemed service.
function responseDeadline(filedAt, type, rules) {
  let t = filedAt;
  const filedHour = new Date(filedAt).getUTCHours();
  if (filedHour >= rules.filingCutoffHour) t += DAY_MS;
  let service = rules.serviceDays;
  while (service > 0) {
    t += DAY_MS;
    if (isCourtDay(t, rules)) service--;
  }
  let days = rules.responseDays[type] || 14;
  while (days > 0) {
    t += DAY_MS;
    if (isCourtDay(t, rules)) days--;
  }
  while (!isCourtDay(t, rules)) t += DAY_MS;
  return t;
}

function upcomingDeadlines(matter, rules, now) {
  const out = [];
  for (const e of matter.entries) {
    const due = responseDeadline(e.filedAt, e.type, rules);
    if (due >= now) out.push({ seq: e.seq, type: e.type, due });
  }
  out.sort((a, b) => a.due - b.due);
  return out.slice(0, 5);
}

module.exports = { CourtRuleBook, responseDeadline, upcomingDeadlines, isCourtDay };
