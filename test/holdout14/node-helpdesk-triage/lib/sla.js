'use strict';

const TARGET_HOURS = { P1: 1, P2: 4, P3: 8, P4: 24 };
const OPEN_HOUR = 8;
const CLOSE_HOUR = 18;

// Adds business hours (Mon-Fri, 08:00-18:00 UTC) to a timestamp.
function slaDeadline(receivedAt, priority) {
  let remaining = TARGET_HOURS[priority] * 60;
  if (priority === 'P1') return receivedAt + remaining * 60000; // 24/7 for P1
  const d = new Date(receivedAt);
  while (remaining > 0) {
    const day = d.getUTCDay();
    const hour = d.getUTCHours();
    if (day === 0 || day === 6 || hour >= CLOSE_HOUR) {
      d.setUTCDate(d.getUTCDate() + 1);
      d.setUTCHours(OPEN_HOUR, 0, 0, 0);
      continue;
    }
    if (hour < OPEN_HOUR) {
      d.setUTCHours(OPEN_HOUR, 0, 0, 0);
      continue;
    }
    const untilClose = (CLOSE_HOUR - hour) * 60 - d.getUTCMinutes();
    const step = Math.min(untilClose, remaining);
    d.setTime(d.getTime() + step * 60000);
    remaining -= step;
  }
  return d.getTime();
}

module.exports = { slaDeadline };
