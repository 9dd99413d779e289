'use strict';

const http = require('http');
const { mulberry32, picker } = require('./rng');
const { ROUTES } = require('./timetable');

const FIRST = ['Morag', 'Calum', 'Ishbel', 'Ruaridh', 'Kirsty', 'Angus', 'Eilidh', 'Donald', 'Catriona', 'Fergus'];
const LAST = ['MacLeod', 'Morrison', 'MacNeil', 'Campbell', 'MacKinnon', 'Maclean', 'Stewart', 'MacDonald'];

function call(agent, port, method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? null : JSON.stringify(body);
    const req = http.request({
      host: '127.0.0.1', port, method, path, agent,
      headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

function makeParty(rnd) {
  const pick = picker(rnd);
  const size = 1 + Math.floor(rnd() * 6);
  const passengers = [];
  for (let i = 0; i < size; i++) {
    const r = rnd();
    const type = i === 0 || r < 0.5 ? 'adult' : r < 0.75 ? 'child' : r < 0.85 ? 'infant' : 'senior';
    passengers.push({
      type,
      name: `${pick(FIRST)} ${pick(LAST)}`,
      residentCard: rnd() < 0.15 ? `HB${Math.floor(rnd() * 1e6)}` : null,
      studentId: type === 'adult' && rnd() < 0.1 ? `S${Math.floor(rnd() * 1e5)}` : null,
      cabin: rnd() < 0.1 ? (rnd() < 0.5 ? 'ensuite' : 'standard') : null,
      pets: rnd() < 0.08 ? 1 : 0,
    });
  }
  const vr = rnd();
  let vehicle = null;
  if (vr < 0.45) vehicle = { kind: 'car', reg: `SK${Math.floor(rnd() * 90 + 10)} ${pick(['ABC', 'HXP', 'MNR', 'TUV'])}`, length: 4 + rnd() * 1.8, height: 1.4 + rnd() * 0.7, trailerLength: rnd() < 0.1 ? 3 : 0 };
  else if (vr < 0.52) vehicle = { kind: 'campervan', reg: 'CV70 XYZ', length: 6 + rnd() * 2, height: 2.8 };
  else if (vr < 0.58) vehicle = { kind: 'motorbike', reg: 'MB19 QQQ', length: 2.2, height: 1.2 };
  else if (vr < 0.66) vehicle = { kind: 'bicycle', length: 1.8, height: 1.1 };
  return { passengers, vehicle };
}

async function runLoad({ port, total, concurrency, seed, days, startDate }) {
  const rnd = mulberry32(seed);
  const pick = picker(rnd);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const booked = [];
  const statuses = {};
  let issued = 0;
  let done = 0;

  function randomSailing() {
    const route = pick(ROUTES);
    const d = Math.floor(rnd() * days);
    const day = new Date(startDate.getTime() + d * 86400000).toISOString().slice(0, 10);
    const dep = pick(route.departures).replace(':', '');
    return { route, day, id: `${route.from}${route.to}-${day.replace(/-/g, '')}-${dep}` };
  }

  async function step() {
    const r = rnd();
    if (r < 0.42) {
      const { route, day } = randomSailing();
      const party = makeParty(rnd);
      const q = new URLSearchParams({ from: route.from, to: route.to, date: day });
      for (const p of party.passengers) q.set(p.type, String((Number(q.get(p.type)) || 0) + 1));
      if (party.vehicle) { q.set('vehicle', party.vehicle.kind); q.set('length', party.vehicle.length.toFixed(1)); }
      return call(agent, port, 'GET', `/sailings?${q}`);
    }
    if (r < 0.64) return call(agent, port, 'POST', '/quotes', { sailingId: randomSailing().id, party: makeParty(rnd) });
    if (r < 0.84 || booked.length === 0) {
      const pin = String(1000 + Math.floor(rnd() * 9000));
      const res = await call(agent, port, 'POST', '/bookings', { sailingId: randomSailing().id, party: makeParty(rnd), pin });
      if (res.status === 201) booked.push({ ref: res.body.ref, pin });
      return res;
    }
    const b = pick(booked);
    if (r < 0.95) return call(agent, port, 'POST', '/checkin', { ref: b.ref, pin: rnd() < 0.95 ? b.pin : '0000' });
    return call(agent, port, 'GET', `/bookings/${b.ref}`);
  }

  async function worker() {
    while (issued < total) {
      issued++;
      const res = await step();
      statuses[res.status] = (statuses[res.status] || 0) + 1;
      done++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { requests: done, statuses, bookings: booked.length };
}

module.exports = { runLoad };
