'use strict';

const http = require('http');
const { mulberry32 } = require('./store');

function call(agent, port, method, path, { token, body } = {}) {
  return new Promise((resolve, reject) => {
    const data = body ? JSON.stringify(body) : null;
    const headers = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (data) { headers['content-type'] = 'application/json'; headers['content-length'] = Buffer.byteLength(data); }
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(parts).toString() || 'null') }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

// Simulated phone apps: owners search and book, walkers upload GPS tracks
// when a walk ends and check their earnings.
async function runApps({ port, market, users, durationMs, concurrency = 12, seed = 5 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const rng = mulberry32(seed);
  const deadline = Date.now() + durationMs;
  const pending = [];
  const outcomes = {};
  const note = (k) => { outcomes[k] = (outcomes[k] || 0) + 1; };
  const walkerIds = [...market.walkers.keys()];

  async function ownerSession(user) {
    const o = market.owners.get(user.id);
    const hour = Math.floor(rng() * 7) * 24 + 7 + Math.floor(rng() * 12);
    const dogs = o.dogs.filter(() => rng() < 0.8).map((d) => d.name);
    if (dogs.length === 0) dogs.push(o.dogs[0].name);
    const found = await call(agent, port, 'GET', `/v1/walkers/search?hour=${hour}&dogs=${encodeURIComponent(dogs.join(','))}`, { token: user.token });
    note('search-' + found.status);
    if (found.status !== 200 || found.body.walkers.length === 0 || rng() < 0.45) return;
    const pickIdx = Math.min(found.body.walkers.length - 1, Math.floor(Math.pow(rng(), 2) * 5));
    const booked = await call(agent, port, 'POST', '/v1/bookings', { token: user.token, body: { walker: found.body.walkers[pickIdx].id, hour, dogs } });
    note('book-' + booked.status);
    if (booked.status === 201) pending.push({ id: booked.body.booking, lat: o.lat, lng: o.lng });
  }

  async function walkerUpload() {
    const b = pending.shift();
    if (!b) return;
    const points = 120 + Math.floor(rng() * 120);
    const track = [];
    let lat = b.lat;
    let lng = b.lng;
    let heading = rng() * Math.PI * 2;
    for (let i = 0; i < points; i++) {
      heading += (rng() - 0.5) * 0.6;
      lat += Math.cos(heading) * 0.00012;
      lng += Math.sin(heading) * 0.00018;
      track.push([+lat.toFixed(6), +lng.toFixed(6)]);
    }
    const res = await call(agent, port, 'POST', `/v1/bookings/${b.id}/complete`, { body: { track, minutes: 30 + Math.floor(rng() * 40) } });
    note('complete-' + res.status);
  }

  async function walkerEarnings() {
    const id = walkerIds[Math.floor(rng() * walkerIds.length)];
    const res = await call(agent, port, 'GET', `/v1/walkers/${id}/earnings`);
    note('earnings-' + res.status);
  }

  async function worker() {
    while (Date.now() < deadline) {
      const r = rng();
      if (r < 0.62) await ownerSession(users[Math.floor(rng() * users.length)]);
      else if (r < 0.85) await walkerUpload();
      else await walkerEarnings();
    }
  }

  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return outcomes;
}

module.exports = { runApps };
