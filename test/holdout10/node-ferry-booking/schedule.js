'use strict';

// Static route network and a generated two-week timetable.

const ROUTES = [
  { code: 'HEL-TLL', from: 'Helsinki', to: 'Tallinn', currency: 'EUR', locale: 'fi-FI', tz: 'Europe/Helsinki', minutes: 120, base: 34, vat: 0.10, portFee: 4.5, departures: ['07:30', '10:30', '13:30', '16:30', '19:30', '22:00'] },
  { code: 'DOV-CAL', from: 'Dover', to: 'Calais', currency: 'GBP', locale: 'en-GB', tz: 'Europe/London', minutes: 90, base: 41, vat: 0.0, portFee: 6.0, departures: ['06:00', '08:45', '11:20', '14:10', '17:35', '20:50'] },
  { code: 'STO-TKU', from: 'Stockholm', to: 'Turku', currency: 'SEK', locale: 'sv-SE', tz: 'Europe/Stockholm', minutes: 660, base: 390, vat: 0.06, portFee: 45, departures: ['07:45', '20:00'] },
  { code: 'KIE-OSL', from: 'Kiel', to: 'Oslo', currency: 'NOK', locale: 'nb-NO', tz: 'Europe/Oslo', minutes: 1200, base: 950, vat: 0.12, portFee: 80, departures: ['14:00'] },
  { code: 'FRH-GOT', from: 'Frederikshavn', to: 'Gothenburg', currency: 'DKK', locale: 'da-DK', tz: 'Europe/Copenhagen', minutes: 200, base: 310, vat: 0.25, portFee: 35, departures: ['04:00', '09:15', '13:30', '18:20'] },
  { code: 'PIR-HER', from: 'Piraeus', to: 'Heraklion', currency: 'EUR', locale: 'el-GR', tz: 'Europe/Athens', minutes: 540, base: 45, vat: 0.13, portFee: 3.0, departures: ['09:00', '21:00'] },
  { code: 'SPL-ANC', from: 'Split', to: 'Ancona', currency: 'EUR', locale: 'hr-HR', tz: 'Europe/Zagreb', minutes: 660, base: 58, vat: 0.13, portFee: 5.0, departures: ['20:15'] },
];

const DAY_MS = 24 * 3600 * 1000;

function pad2(n) { return n < 10 ? '0' + n : String(n); }

function dayKey(d) {
  return d.getUTCFullYear() + pad2(d.getUTCMonth() + 1) + pad2(d.getUTCDate());
}

function buildTimetable(startDate, days) {
  const sailings = new Map();
  const byRouteDay = new Map();
  for (const route of ROUTES) {
    for (let d = 0; d < days; d++) {
      const day = new Date(startDate.getTime() + d * DAY_MS);
      const key = route.code + ':' + dayKey(day);
      const list = [];
      for (const hhmm of route.departures) {
        const [h, m] = hhmm.split(':').map(Number);
        const departs = new Date(day.getTime() + (h * 60 + m) * 60000);
        const id = `${route.code}-${dayKey(day)}-${hhmm.replace(':', '')}`;
        const sailing = {
          id,
          route: route.code,
          departs,
          arrives: new Date(departs.getTime() + route.minutes * 60000),
          paxCapacity: route.minutes > 300 ? 2400 : 1600,
          laneCapacity: route.minutes > 300 ? 2600 : 1800,
          cabins: route.minutes > 300 ? 420 : 0,
          paxBooked: 0,
          laneBooked: 0,
          cabinsBooked: 0,
        };
        sailings.set(id, sailing);
        list.push(sailing);
      }
      byRouteDay.set(key, list);
    }
  }
  return { sailings, byRouteDay };
}

const routeIndex = new Map(ROUTES.map((r) => [r.code, r]));

module.exports = { ROUTES, routeIndex, buildTimetable, dayKey, DAY_MS };
