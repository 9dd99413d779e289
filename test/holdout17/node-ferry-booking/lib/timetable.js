'use strict';

const { mulberry32 } = require('./rng');

const PORTS = {
  OBN: 'Oban', CRN: 'Craignure', CSY: 'Castlebay', LCH: 'Lochboisdale', COL: 'Coll', TIR: 'Tiree',
  ULL: 'Ullapool', STO: 'Stornoway', UIG: 'Uig', TAR: 'Tarbert', LMD: 'Lochmaddy',
};

const ROUTES = [
  { from: 'OBN', to: 'CRN', minutes: 50, departures: ['07:00', '08:45', '10:30', '12:15', '14:00', '15:45', '17:30', '19:15'] },
  { from: 'CRN', to: 'OBN', minutes: 50, departures: ['07:55', '09:40', '11:25', '13:10', '14:55', '16:40', '18:25', '20:10'] },
  { from: 'OBN', to: 'CSY', minutes: 290, departures: ['13:30'] },
  { from: 'OBN', to: 'COL', minutes: 165, departures: ['07:15', '15:00'] },
  { from: 'COL', to: 'TIR', minutes: 60, departures: ['10:10', '18:00'] },
  { from: 'ULL', to: 'STO', minutes: 165, departures: ['05:50', '10:30', '17:30'] },
  { from: 'STO', to: 'ULL', minutes: 165, departures: ['07:00', '14:05', '23:55'] },
  { from: 'UIG', to: 'TAR', minutes: 100, departures: ['09:40', '14:00', '18:20'] },
  { from: 'UIG', to: 'LMD', minutes: 105, departures: ['09:35', '14:25'] },
  { from: 'LCH', to: 'OBN', minutes: 325, departures: ['07:35'] },
];

const VESSELS = [
  { name: 'MV Isle of Mull', passengers: 962, laneMetres: 280 },
  { name: 'MV Loch Seaforth', passengers: 700, laneMetres: 450 },
  { name: 'MV Clansman', passengers: 638, laneMetres: 300 },
  { name: 'MV Hebrides', passengers: 612, laneMetres: 290 },
  { name: 'MV Lord of the Isles', passengers: 506, laneMetres: 160 },
];

function buildSailings(days, startDate, seed) {
  const rnd = mulberry32(seed);
  const sailings = [];
  const byRouteDay = new Map();
  for (let d = 0; d < days; d++) {
    const day = new Date(startDate.getTime() + d * 86400000);
    const dayKey = day.toISOString().slice(0, 10);
    ROUTES.forEach((route, ri) => {
      for (const dep of route.departures) {
        const [hh, mm] = dep.split(':').map(Number);
        const departs = new Date(day.getTime() + (hh * 60 + mm) * 60000);
        const vessel = VESSELS[(ri + d) % VESSELS.length];
        const sailing = {
          id: `${route.from}${route.to}-${dayKey.replace(/-/g, '')}-${dep.replace(':', '')}`,
          from: route.from,
          to: route.to,
          day: dayKey,
          departs,
          arrives: new Date(departs.getTime() + route.minutes * 60000),
          vessel: vessel.name,
          overnight: route.minutes > 240 || hh >= 22,
          peak: day.getUTCDay() === 5 || day.getUTCDay() === 6 || (hh >= 7 && hh <= 9),
          capacity: { passengers: vessel.passengers, laneMetres: vessel.laneMetres },
          sold: { passengers: Math.floor(rnd() * vessel.passengers * 0.4), laneMetres: Math.floor(rnd() * vessel.laneMetres * 0.4) },
        };
        sailings.push(sailing);
        const key = `${route.from}:${route.to}:${dayKey}`;
        if (!byRouteDay.has(key)) byRouteDay.set(key, []);
        byRouteDay.get(key).push(sailing);
      }
    });
  }
  return { sailings, byId: new Map(sailings.map((s) => [s.id, s])), byRouteDay };
}

module.exports = { PORTS, ROUTES, VESSELS, buildSailings };
