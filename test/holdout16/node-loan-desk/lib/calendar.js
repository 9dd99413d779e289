'use strict';

const fs = require('fs');
const path = require('path');

const DAY = 86400000;

// Branch opening calendars are maintained by the branch managers and dropped
// into the config directory as <branch>.json by the staff portal.

function writeCalendars(dir, branches, year, rng) {
  const bankHolidays = ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'];
  for (const b of branches) {
    const closures = bankHolidays.map((d) => `${year}-${d}`);
    // Staff training days, building works and the occasional flood.
    const extra = rng.int(6, 24);
    for (let i = 0; i < extra; i++) {
      const d = new Date(Date.UTC(year, 0, 1) + rng.int(0, 364) * DAY);
      closures.push(d.toISOString().slice(0, 10));
    }
    closures.sort();
    const weekly = {};
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) {
      if (day === 'sun' && !b.sundayOpening) weekly[day] = null;
      else if (day === 'wed' && b.halfDayWednesday) weekly[day] = { open: '09:00', close: '13:00' };
      else weekly[day] = { open: day === 'sat' ? '10:00' : '09:00', close: day === 'sat' ? '16:00' : '19:00' };
    }
    const doc = {
      branch: b.id,
      name: b.name,
      timezone: 'Europe/London',
      weekly,
      closures,
      returnsBox: b.returnsBox,
      updatedBy: 'branch-manager',
    };
    fs.writeFileSync(path.join(dir, `${b.id}.json`), JSON.stringify(doc, null, 2));
  }
}

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

class BranchCalendars {
  constructor(dir) {
    this.dir = dir;
  }

  calendarFor(branchId) {
    const raw = fs.readFileSync(path.join(this.dir, `${branchId}.json`), 'utf8');
    const doc = JSON.parse(raw);
    return { weekly: doc.weekly, closed: new Set(doc.closures) };
  }

  // Loans are due back on a day the issuing branch is open; if the natural
  // due date falls on a closed day it moves forward to the next open day.
  dueDate(branchId, fromMs, loanDays) {
    const cal = this.calendarFor(branchId);
    let t = Math.floor(fromMs / DAY) * DAY + loanDays * DAY;
    for (let guard = 0; guard < 21; guard++) {
      const d = new Date(t);
      const iso = d.toISOString().slice(0, 10);
      if (cal.weekly[WEEKDAY_KEYS[d.getUTCDay()]] && !cal.closed.has(iso)) return iso;
      t += DAY;
    }
    return new Date(t).toISOString().slice(0, 10);
  }

  isOpen(branchId, ms) {
    const cal = this.calendarFor(branchId);
    const d = new Date(ms);
    return Boolean(cal.weekly[WEEKDAY_KEYS[d.getUTCDay()]]) && !cal.closed.has(d.toISOString().slice(0, 10));
  }
}

module.exports = { writeCalendars, BranchCalendars, DAY };
