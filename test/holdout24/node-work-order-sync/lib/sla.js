'use strict';

// Contract service levels: response and fix targets in working hours (Mon-Fri 08:00-18:00)
// except P1, which runs on the clock.
const TARGETS = {
  P1: { respondMin: 60, fixMin: 4 * 60, clock: '24x7' },
  P2: { respondMin: 4 * 60, fixMin: 24 * 60, clock: '24x7' },
  P3: { respondMin: 8 * 60, fixMin: 5 * 10 * 60, clock: 'working' },
  P4: { respondMin: 3 * 10 * 60, fixMin: 20 * 10 * 60, clock: 'working' },
};

const DAY_START = 8 * 60;
const DAY_END = 18 * 60;

function addWorkingMinutes(startMs, minutes) {
  let t = new Date(startMs);
  let left = minutes;
  while (left > 0) {
    const dow = t.getUTCDay();
    const minuteOfDay = t.getUTCHours() * 60 + t.getUTCMinutes();
    if (dow === 0 || dow === 6 || minuteOfDay >= DAY_END) {
      t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() + 1, 8, 0));
      continue;
    }
    if (minuteOfDay < DAY_START) {
      t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), 8, 0));
      continue;
    }
    const available = DAY_END - minuteOfDay;
    const used = Math.min(available, left);
    t = new Date(t.getTime() + used * 60000);
    left -= used;
  }
  return t.getTime();
}

function dueTimes(order) {
  const target = TARGETS[order.priority];
  const raised = Date.parse(order.raisedAt);
  if (target.clock === '24x7') {
    return { respondBy: raised + target.respondMin * 60000, fixBy: raised + target.fixMin * 60000 };
  }
  return { respondBy: addWorkingMinutes(raised, target.respondMin), fixBy: addWorkingMinutes(raised, target.fixMin) };
}

function assessOrder(order, asOfMs) {
  const { respondBy, fixBy } = dueTimes(order);
  const attended = order.attendedAt ? Date.parse(order.attendedAt) : null;
  const completed = order.completedAt ? Date.parse(order.completedAt) : null;
  const responseMet = attended !== null ? attended <= respondBy : asOfMs <= respondBy;
  const fixMet = completed !== null ? completed <= fixBy : asOfMs <= fixBy;
  let state = 'open';
  if (completed !== null) state = 'completed';
  else if (attended !== null) state = 'attended';
  return { respondBy, fixBy, attended, completed, responseMet, fixMet, state };
}

module.exports = { assessOrder, dueTimes, TARGETS };
