'use strict';

const http = require('http');
const { ROUTES } = require('./schedule');

function mulberry32(seed) {
  return function () {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Aino', 'Mika', 'Oliver', 'Freya', 'Lars', 'Ingrid', 'Nikos', 'Eleni', 'Marko', 'Ana', 'Tom', 'Sofia', 'Jonas', 'Maja'];
const LAST = ['Virtanen', 'Smith', 'Lindqvist', 'Hansen', 'Papadopoulos', 'Horvat', 'Nielsen', 'Korhonen', 'Berg', 'Jones'];
const CARDS = ['4111111111111111', '5555555555554444', '4012888888881881', '378282246310005', '4000000000000002'];

function runLoad({ port, agencies, startDate, days, durationMs, concurrency, seed }) {
  const rnd = mulberry32(seed);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const stats = { requests: 0, byStatus: {}, bookings: [], errors: 0 };
  const deadline = Date.now() + durationMs;

  function request(method, path, agency, payload) {
    return new Promise((resolve) => {
      const body = payload ? JSON.stringify(payload) : null;
      const headers = { authorization: 'Basic ' + Buffer.from(agency.id + ':' + agency.secret).toString('base64') };
      if (body) { headers['content-type'] = 'application/json'; headers['content-length'] = Buffer.byteLength(body); }
      const req = http.request({ host: '127.0.0.1', port, path, method, agent, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          stats.requests++;
          stats.byStatus[res.statusCode] = (stats.byStatus[res.statusCode] || 0) + 1;
          let parsed = null;
          try { parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { stats.errors++; }
          resolve({ status: res.statusCode, body: parsed });
        });
      });
      req.on('error', () => { stats.errors++; resolve({ status: 0, body: null }); });
      req.end(body);
    });
  }

  function randomDate() {
    const d = new Date(startDate.getTime() + Math.floor(rnd() * days) * 86400000);
    return d.toISOString().slice(0, 10);
  }

  function randomParty() {
    const n = 1 + Math.floor(rnd() * 4);
    const passengers = [];
    for (let i = 0; i < n; i++) {
      const age = i === 0 ? 20 + Math.floor(rnd() * 60) : Math.floor(rnd() * 80);
      passengers.push({ name: pick(FIRST) + ' ' + pick(LAST), age, student: rnd() < 0.1 });
    }
    const party = { passengers };
    const v = rnd();
    if (v < 0.45) party.vehicle = { type: pick(['car', 'car', 'van', 'motorcycle', 'bicycle', 'camper']), plate: 'ABC-' + Math.floor(rnd() * 900 + 100), length: 4 + rnd() * 5 };
    if (rnd() < 0.3) party.cabin = rnd() < 0.2 ? 'suite' : 'standard';
    return party;
  }

  async function worker() {
    while (Date.now() < deadline) {
      const agency = pick(agencies);
      const route = pick(ROUTES);
      const date = randomDate();
      const roll = rnd();
      const search = await request('GET', `/v2/sailings?route=${route.code}&date=${date}&pax=2&flex=${roll < 0.2 ? 1 : 0}`, agency);
      if (roll < 0.8 && search.body && search.body.results && search.body.results.length) {
        const s = pick(search.body.results);
        const card = { pan: pick(CARDS), expiry: '12/27' };
        const booked = await request('POST', '/v2/bookings', agency, { sailing: s.sailing, party: randomParty(), card });
        if (booked.status === 201) {
          stats.bookings.push({ agency, ref: booked.body.ref });
          if (rnd() < 0.3) await request('GET', '/v2/bookings/' + booked.body.ref, agency);
        }
      }
    }
  }

  const workers = [];
  for (let i = 0; i < concurrency; i++) workers.push(worker());
  return Promise.all(workers).then(() => { agent.destroy(); return stats; });
}

module.exports = { runLoad };
