'use strict';

const { mulberry32 } = require('./rng');

const DAY_MS = 86400000;

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function buildSeason(towers, { seasonStart, weeks, seed }) {
  const rnd = mulberry32(seed);
  const events = [];
  let seq = 0;
  const add = (tower, dayMs, time, kind, slot) => {
    events.push({ id: `E${++seq}`, tower, date: isoDay(dayMs), month: isoDay(dayMs).slice(0, 7), day: Math.floor(dayMs / DAY_MS), dayMs, time, kind, slot: `${isoDay(dayMs)}/${slot}`, week: Math.floor((dayMs - seasonStart) / (7 * DAY_MS)) });
  };
  for (let w = 0; w < weeks; w++) {
    const sunday = seasonStart + w * 7 * DAY_MS; // season starts on a Sunday
    for (const tower of towers) {
      add(tower, sunday, '09:30', 'service', 'am');
      if (tower.evensong) add(tower, sunday, '17:30', 'service', 'pm');
      add(tower, sunday + tower.practiceNight * DAY_MS, '19:30', 'practice', 'eve');
      if (rnd() < 0.18) add(tower, sunday + 6 * DAY_MS, '13:30', 'wedding', 'pm');
      if (w % 4 === Number(tower.id.slice(1)) % 4) add(tower, sunday + 6 * DAY_MS, '10:00', 'quarter', 'am');
    }
  }
  events.sort((a, b) => a.dayMs - b.dayMs || (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  return events;
}

module.exports = { buildSeason, isoDay, DAY_MS };
