'use strict';
const { mulberry32, pick } = require('./prng');

const SERVICES = [
  { code: 'CUT-W', name: 'Cut & finish', minutes: 60, pricePence: 5200, skill: 'cutting' },
  { code: 'CUT-M', name: 'Gents cut', minutes: 30, pricePence: 2800, skill: 'cutting' },
  { code: 'COL-R', name: 'Root tint', minutes: 90, pricePence: 6800, skill: 'colour' },
  { code: 'COL-B', name: 'Balayage', minutes: 180, pricePence: 15500, skill: 'colour' },
  { code: 'COL-G', name: 'Gloss toner', minutes: 45, pricePence: 3500, skill: 'colour' },
  { code: 'BLW', name: 'Blow-dry', minutes: 45, pricePence: 3200, skill: 'styling' },
  { code: 'UP', name: 'Bridal up-do', minutes: 90, pricePence: 9500, skill: 'styling' },
  { code: 'KER', name: 'Keratin smoothing', minutes: 150, pricePence: 18000, skill: 'treatment' },
  { code: 'OLA', name: 'Bond repair treatment', minutes: 30, pricePence: 2500, skill: 'treatment' },
];
const STYLIST_NAMES = ['Ada', 'Bea', 'Cal', 'Dee', 'Eli', 'Fay', 'Gus', 'Ivy', 'Jax', 'Kit', 'Lou', 'Max', 'Nell', 'Ora'];
const LEVELS = [['junior', 0.85], ['stylist', 1], ['senior', 1.2], ['director', 1.45]];
const DAY_START = 9 * 60;
const DAY_END = 19 * 60;
const STEP = 15;

function buildSalon(seed, days) {
  const rand = mulberry32(seed);
  const stylists = STYLIST_NAMES.map((name, i) => {
    const [level, multiplier] = LEVELS[Math.floor(rand() * LEVELS.length)];
    const skills = new Set(['cutting', 'colour', 'styling', 'treatment'].filter((s, k) => k === 0 || rand() < 0.6));
    const daysOff = new Set([Math.floor(rand() * 7), Math.floor(rand() * 7)]);
    return { id: `S${i + 1}`, name, level, multiplier, skills, daysOff };
  });
  const serviceByCode = new Map(SERVICES.map((s) => [s.code, s]));
  for (const st of stylists) st.services = SERVICES.filter((s) => st.skills.has(s.skill));
  // stylistId -> dayIndex -> sorted [{start,end,client,service}]
  const diary = new Map(stylists.map((s) => [s.id, new Map()]));
  let nextId = 1;
  for (let day = 0; day < days; day++) {
    for (const st of stylists) {
      if (st.daysOff.has(day % 7)) continue;
      const list = [];
      let t = DAY_START + STEP * Math.floor(rand() * 4);
      while (t < DAY_END) {
        const svc = pick(rand, st.services);
        if (t + svc.minutes > DAY_END) break;
        if (rand() < 0.72) list.push({ id: nextId++, start: t, end: t + svc.minutes, client: `C${Math.floor(rand() * 5000)}`, service: svc.code });
        t += svc.minutes + STEP * Math.floor(rand() * 3);
      }
      diary.get(st.id).set(day, list);
    }
  }
  return { stylists, serviceByCode, diary, days };
}

function freeIntervals(bookings) {
  const free = [];
  let cursor = DAY_START;
  for (const b of bookings) {
    if (b.start > cursor) free.push([cursor, b.start]);
    if (b.end > cursor) cursor = b.end;
  }
  if (cursor < DAY_END) free.push([cursor, DAY_END]);
  return free;
}

function weekGrid(salon, stylist, fromDay) {
  const rows = [];
  for (let d = fromDay; d < Math.min(fromDay + 7, salon.days); d++) {
    if (stylist.daysOff.has(d % 7)) {
      rows.push({ day: d, off: true, grid: '' });
      continue;
    }
    const bookings = salon.diary.get(stylist.id).get(d) || [];
    const cells = new Array((DAY_END - DAY_START) / STEP).fill('.');
    for (const b of bookings) {
      for (let t = b.start; t < b.end; t += STEP) cells[(t - DAY_START) / STEP] = b.service[0];
    }
    rows.push({ day: d, off: false, grid: cells.join(''), freeMinutes: freeIntervals(bookings).reduce((s, [a, b]) => s + b - a, 0) });
  }
  return rows;
}

function suggestRebooking(salon, cancelled, limit) {
  const svc = salon.serviceByCode.get(cancelled.service);
  const candidates = [];
  for (const st of salon.stylists) {
    if (!st.skills.has(svc.skill)) continue;
    for (let d = cancelled.day; d < Math.min(cancelled.day + 14, salon.days); d++) {
      if (st.daysOff.has(d % 7)) continue;
      for (const [a, b] of freeIntervals(salon.diary.get(st.id).get(d) || [])) {
        for (let t = Math.ceil(a / STEP) * STEP; t + svc.minutes <= b; t += STEP) {
          const timeDistance = Math.abs(t - cancelled.start) / 60;
          const dayDistance = d - cancelled.day;
          const sameStylist = st.id === cancelled.stylistId ? 0 : 2.5;
          const gapPenalty = (t - a === 0 || b - (t + svc.minutes) === 0) ? 0 : 0.75;
          candidates.push({ stylistId: st.id, day: d, start: t, score: dayDistance * 1.5 + timeDistance + sameStylist + gapPenalty, pricePence: Math.round(svc.pricePence * st.multiplier) });
        }
      }
    }
  }
  candidates.sort((x, y) => x.score - y.score || x.day - y.day || x.start - y.start);
  return candidates.slice(0, limit);
}

function utilisation(salon, fromDay, toDay) {
  const rows = [];
  for (const st of salon.stylists) {
    let booked = 0;
    let open = 0;
    let revenue = 0;
    const byService = new Map();
    for (let d = fromDay; d < toDay; d++) {
      if (st.daysOff.has(d % 7)) continue;
      open += DAY_END - DAY_START;
      for (const b of salon.diary.get(st.id).get(d) || []) {
        booked += b.end - b.start;
        const svc = salon.serviceByCode.get(b.service);
        revenue += Math.round(svc.pricePence * st.multiplier);
        byService.set(b.service, (byService.get(b.service) || 0) + 1);
      }
    }
    const top = [...byService.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
    rows.push({ stylistId: st.id, name: st.name, level: st.level, utilisation: open ? booked / open : 0, revenuePence: revenue, topServices: top });
  }
  rows.sort((a, b) => b.utilisation - a.utilisation);
  return rows;
}

module.exports = { buildSalon, weekGrid, suggestRebooking, utilisation, SERVICES };
