'use strict';

const http = require('http');
const { mulberry32, pick, intBetween } = require('./rng');
const { CITIES } = require('./lockers');

const FIRST = ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena', 'Michał', 'Agnieszka', 'Paweł', 'Joanna', 'Marcin', 'Ewa', 'Jakub', 'Zofia', 'Krzysztof', 'Natalia', 'Łukasz', 'Aleksandra', 'Grzegorz', 'Monika', 'Adam', 'Oliwia', 'Szymon', 'Julia', 'Wojciech'];
const LAST = ['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kowalczyk', 'Kamińska', 'Lewandowski', 'Zielińska', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowska', 'Jankowski', 'Mazur', 'Kwiatkowski', 'Krawczyk', 'Piotrowska', 'Grabowski', 'Pawłowska', 'Michalski'];
const CARRIERS = ['DX', 'PP', 'IN', 'GL', 'DP'];

function request(agent, port, method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? null : JSON.stringify(body);
    const headers = payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {};
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null });
      });
    });
    req.on('error', reject);
    if (payload) req.end(payload);
    else req.end();
  });
}

async function runLoad({ port, sites, durationMs, concurrency = 12, seed = 2024, simNow }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const rng = mulberry32(seed);
  const waiting = []; // parcels we know the code for
  const counts = {};
  let trackingSeq = 100000000;
  const deadline = Date.now() + durationMs;

  const siteList = sites.map((s) => ({ code: s.code, city: s.city }));

  async function courierDrop() {
    const site = pick(rng, siteList);
    const name = `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
    const phone = '+48' + String(500000000 + intBetween(rng, 0, 199999999));
    const tracking = `${pick(rng, CARRIERS)}${trackingSeq++}PL`;
    const r = rng();
    const size = r < 0.55 ? 'S' : r < 0.9 ? 'M' : 'L';
    const scannedAt = simNow - intBetween(rng, 0, 96) * 3600e3;
    const res = await request(agent, port, 'POST', '/api/deposits', { site: site.code, tracking, size, recipient: { name, phone }, courier: 'C' + intBetween(rng, 1, 40), scannedAt });
    if (res.status === 201) waiting.push({ site: site.code, city: site.city, locker: res.body.locker, pin: res.body.pickupCode, name, phone, tracking });
    return res.status;
  }

  async function customerPickup() {
    if (waiting.length === 0) return courierDrop();
    const idx = Math.floor(rng() * waiting.length);
    const p = waiting[idx];
    const typo = rng() < 0.12;
    const pin = typo ? String((Number(p.pin) + 1) % 1e6).padStart(6, '0') : p.pin;
    const res = await request(agent, port, 'POST', '/api/pickups', { site: p.site, locker: p.locker, pin });
    if (res.status === 200) {
      const j = waiting.indexOf(p);
      if (j >= 0) waiting.splice(j, 1);
    }
    return res.status;
  }

  async function staffStatus() {
    const site = pick(rng, siteList);
    const res = await request(agent, port, 'GET', `/api/sites/${site.code}/status`);
    return res.status;
  }

  async function recipientSms() {
    if (waiting.length === 0) return courierDrop();
    const p = waiting[Math.floor(rng() * waiting.length)];
    const templates = [
      `Dzień dobry, tu ${p.name}, proszę o przedłużenie - keep it another day`,
      `hi this is ${p.name}, can you keep parcel ${p.tracking.slice(-6)} until tomorrow?`,
      `Parcel ${p.tracking.slice(-6)} is not mine, please return`,
      `${p.name.split(' ')[0]} here - when does the locker close?`,
    ];
    const res = await request(agent, port, 'POST', '/api/sms', { from: p.phone, city: p.city, text: pick(rng, templates) });
    return res.status;
  }

  const actions = [
    [0.36, courierDrop],
    [0.30, customerPickup],
    [0.16, staffStatus],
    [0.18, recipientSms],
  ];

  async function worker() {
    while (Date.now() < deadline) {
      let r = rng();
      let fn = actions[actions.length - 1][1];
      for (const [w, f] of actions) {
        if (r < w) { fn = f; break; }
        r -= w;
      }
      const status = await fn();
      counts[status] = (counts[status] || 0) + 1;
    }
  }

  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { counts, stillWaiting: waiting.length };
}

module.exports = { runLoad, CITIES };
