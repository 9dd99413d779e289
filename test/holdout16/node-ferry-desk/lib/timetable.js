'use strict';

const PORTS = [
  { code: 'OBN', name: 'Oban' },
  { code: 'CRN', name: 'Craignure' },
  { code: 'TOB', name: 'Tobermory' },
  { code: 'COL', name: 'Coll' },
  { code: 'TIR', name: 'Tiree' },
  { code: 'CBY', name: 'Castlebay' },
  { code: 'LBD', name: 'Lochboisdale' },
  { code: 'MLG', name: 'Mallaig' },
  { code: 'ARM', name: 'Armadale' },
  { code: 'CSY', name: 'Colonsay' },
];

const VESSELS = [
  { name: 'Isle of Mull', passengers: 962, carLanes: 70 },
  { name: 'Clansman', passengers: 638, carLanes: 90 },
  { name: 'Lord of the Isles', passengers: 506, carLanes: 54 },
  { name: 'Loch Frisa', passengers: 250, carLanes: 30 },
  { name: 'Coruisk', passengers: 250, carLanes: 40 },
];

// route: [from, to, minutes, daily sailings, base adult fare in pence]
const ROUTES = [
  ['OBN', 'CRN', 50, 8, 420],
  ['OBN', 'COL', 160, 2, 1130],
  ['OBN', 'TIR', 215, 2, 1210],
  ['OBN', 'CBY', 290, 1, 1620],
  ['OBN', 'LBD', 320, 1, 1710],
  ['OBN', 'CSY', 140, 2, 960],
  ['MLG', 'ARM', 30, 7, 330],
  ['MLG', 'LBD', 210, 1, 1290],
  ['TOB', 'COL', 80, 2, 650],
  ['COL', 'TIR', 55, 3, 380],
];

const DAY_MS = 24 * 3600 * 1000;

function dayKey(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

class Timetable {
  constructor({ startDate, days, rng }) {
    this.startMs = Date.parse(startDate + 'T00:00:00Z');
    this.days = days;
    this.ports = new Map(PORTS.map((p) => [p.code, p]));
    this.routes = new Map();
    this.sailings = new Map();
    this.byLeg = new Map();
    this.byPortDay = new Map();
    this._build(rng);
  }

  _build(rng) {
    let seq = 1;
    for (const [from, to, minutes, perDay, fare] of ROUTES) {
      for (const [a, b] of [[from, to], [to, from]]) {
        const routeId = `${a}-${b}`;
        this.routes.set(routeId, { id: routeId, from: a, to: b, minutes, baseFare: fare });
        for (let d = 0; d < this.days; d++) {
          const dayStart = this.startMs + d * DAY_MS;
          // Winter Sundays run a reduced service on the long routes.
          const weekday = new Date(dayStart).getUTCDay();
          const count = weekday === 0 && minutes > 120 ? Math.max(1, perDay - 1) : perDay;
          const first = 6 * 60 + rng.int(0, 6) * 5;
          const spacing = Math.floor((15 * 60) / count);
          for (let i = 0; i < count; i++) {
            const departMin = first + i * spacing + rng.int(0, 3) * 5;
            const vessel = rng.pick(VESSELS);
            const sailing = {
              id: `S${String(seq++).padStart(6, '0')}`,
              routeId,
              from: a,
              to: b,
              departs: dayStart + departMin * 60000,
              arrives: dayStart + (departMin + minutes) * 60000,
              vessel: vessel.name,
              passengerCapacity: vessel.passengers,
              carCapacity: vessel.carLanes,
              day: dayKey(dayStart),
            };
            this.sailings.set(sailing.id, sailing);
            const legKey = `${a}|${b}|${sailing.day}`;
            if (!this.byLeg.has(legKey)) this.byLeg.set(legKey, []);
            this.byLeg.get(legKey).push(sailing);
            const portKey = `${a}|${sailing.day}`;
            if (!this.byPortDay.has(portKey)) this.byPortDay.set(portKey, []);
            this.byPortDay.get(portKey).push(sailing);
          }
        }
      }
    }
    for (const list of this.byLeg.values()) list.sort((x, y) => x.departs - y.departs);
    for (const list of this.byPortDay.values()) list.sort((x, y) => x.departs - y.departs);
  }

  dates() {
    const out = [];
    for (let d = 0; d < this.days; d++) out.push(dayKey(this.startMs + d * DAY_MS));
    return out;
  }

  legs() {
    return [...this.routes.values()].map((r) => [r.from, r.to]);
  }

  find(from, to, day) {
    return this.byLeg.get(`${from}|${to}|${day}`) || [];
  }

  departures(port, day) {
    return this.byPortDay.get(`${port}|${day}`) || [];
  }

  sailing(id) {
    return this.sailings.get(id);
  }

  route(id) {
    return this.routes.get(id);
  }

  portName(code) {
    const p = this.ports.get(code);
    return p ? p.name : code;
  }
}

module.exports = { Timetable, PORTS, dayKey };
