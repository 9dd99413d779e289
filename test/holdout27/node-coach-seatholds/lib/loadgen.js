'use strict';

const http = require('http');

const PAX_TYPES = ['adult', 'adult', 'adult', 'child', 'senior', 'student'];

function call(agent, port, method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : null;
    const req = http.request({
      host: '127.0.0.1', port, method, path, agent,
      headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(payload || undefined);
  });
}

// A customer session: search, maybe hold the cheapest suitable trip, usually pay, sometimes look the booking up.
async function customerSession(rng, agent, port, timetable, tally) {
  const route = rng.pick(timetable.routes);
  const date = new Date(Date.UTC(2025, 6, 1 + rng.int(0, 13))).toISOString().slice(0, 10);
  const pax = Array.from({ length: rng.chance(0.6) ? 1 : rng.int(2, 4) }, () => rng.pick(PAX_TYPES));
  const query = new URLSearchParams({ from: route.from, to: route.to, date, pax: pax.join('.') });
  const found = await call(agent, port, 'GET', `/v1/trips?${query}`);
  tally('search', found.status);
  if (!found.body.results.length || rng.chance(0.35)) return;
  const pick = found.body.results[rng.int(0, found.body.results.length - 1)];
  const fareClass = rng.pick(['SAVER', 'STANDARD', 'STANDARD', 'FLEX']);
  const held = await call(agent, port, 'POST', '/v1/holds', { tripId: pick.tripId, passengers: pax, fareClass });
  tally('hold', held.status);
  if (held.status !== 201 || rng.chance(0.15)) return;
  const confirmed = await call(agent, port, 'POST', `/v1/holds/${held.body.holdId}/confirm`, { email: `customer${rng.int(1, 99999)}@example.test`, paymentToken: `tok_${rng.int(1e6, 9e6)}` });
  tally('confirm', confirmed.status);
  if (confirmed.status === 200 && rng.chance(0.3)) {
    const lookup = await call(agent, port, 'GET', `/v1/bookings/${confirmed.body.bookingRef}`);
    tally('lookup', lookup.status);
  }
}

async function runLoad(rng, port, timetable, sessions, concurrency) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const counts = new Map();
  const tally = (kind, status) => {
    const key = `${kind}:${status}`;
    counts.set(key, (counts.get(key) || 0) + 1);
  };
  let started = 0;
  async function lane() {
    while (started < sessions) {
      started++;
      await customerSession(rng, agent, port, timetable, tally);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  agent.destroy();
  return counts;
}

module.exports = { runLoad };
