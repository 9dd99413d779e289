'use strict';

const ENTRY_RE = /^(EMP-\d{5})\|(\d{4})-(\d{2})-(\d{2})\|(\d{2}):(\d{2})-(\d{2}):(\d{2})\|proj:([A-Z]+)\|(\w*)$/;

function parseEntry(line) {
  const m = ENTRY_RE.exec(line);
  if (m === null) return null;
  const minutesIn = Number(m[5]) * 60 + Number(m[6]);
  const minutesOut = Number(m[7]) * 60 + Number(m[8]);
  if (minutesOut <= minutesIn) return null;
  const day = Date.UTC(Number(m[2]), Number(m[3]) - 1, Number(m[4]));
  return {
    employeeId: m[1],
    day,
    weekday: new Date(day).getUTCDay(),
    minutes: minutesOut - minutesIn,
    project: m[9],
    onCall: m[10] === 'oncall',
  };
}

function isoWeekKey(dayMs) {
  const d = new Date(dayMs);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round((d - firstThursday) / 604800000 - ((firstThursday.getUTCDay() + 6) % 7 - 3) / 7);
  return d.getUTCFullYear() * 100 + week;
}

module.exports = { parseEntry, isoWeekKey };
