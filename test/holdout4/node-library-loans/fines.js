'use strict';

const DAY = 86400000;
const DAILY_RATE = { book: 25, dvd: 100, audiobook: 50, magazine: 10, 'board-game': 75 };
const CATEGORY_FACTOR = { child: 0, senior: 0.5, adult: 1 };
const GRACE_DAYS = 2;

function closedDays(from, to, holidays) {
  let closed = 0;
  for (let t = from; t < to; t += DAY) {
    const dow = new Date(t).getUTCDay();
    if (dow === 0 || holidays.has(Math.floor(t / DAY))) closed++;
  }
  return closed;
}

function fineFor(loan, item, patron, asOf, holidays) {
  const endAt = loan.returnedAt ?? asOf;
  const dueAt = loan.dueAt + loan.renewals * 7 * DAY;
  if (endAt <= dueAt + GRACE_DAYS * DAY) return { days: 0, cents: 0 };
  const chargeable = Math.ceil((endAt - dueAt) / DAY) - closedDays(dueAt, endAt, holidays);
  if (chargeable <= GRACE_DAYS) return { days: 0, cents: 0 };
  const raw = chargeable * DAILY_RATE[item.format] * CATEGORY_FACTOR[patron.category];
  return { days: chargeable, cents: Math.min(Math.round(raw), item.replacementCents) };
}

module.exports = { fineFor, DAY };
