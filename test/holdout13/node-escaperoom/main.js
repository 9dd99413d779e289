'use strict';
// Escape-room booking API with partner (ticket reseller) keys.
// Runs the API on an ephemeral port and drives it with simulated partner traffic.
const http = require('http');
const { createServer, stats } = require('./server');
const { registerKey } = require('./auth');
const { ROOMS } = require('./rooms');

const DURATION_MS = Number(process.env.DURATION_MS || 8000);
const CONCURRENCY = 8;
const PARTNERS = ['citybreaks', 'funseekers', 'teamday', 'giftboxes', 'walkin-kiosk'];
const partnerKeys = PARTNERS.map((p, i) => `pk_live_${p}_${(i * 7919 + 104729).toString(36)}`);
partnerKeys.forEach((k, i) => registerKey(k, PARTNERS[i]));

const ADJ = ['Clever', 'Brave', 'Silent', 'Lucky', 'Crimson', 'Golden', 'Rusty', 'Midnight', 'Cosmic', 'Wild', 'Tiny', 'Mighty'];
const NOUN = ['Otters', 'Owls', 'Foxes', 'Detectives', 'Pirates', 'Wizards', 'Badgers', 'Hackers', 'Llamas', 'Ninjas'];
let seed = 12345;
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (a) => a[Math.floor(rand() * a.length)];

function dateFor(i) {
  const d = new Date(Date.UTC(2024, 6, 1 + (i % 90)));
  return d.toISOString().slice(0, 10);
}

function request(agent, port, method, path, key, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : null;
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers: {
      'x-api-key': key, 'content-type': 'application/json', ...(payload ? { 'content-length': Buffer.byteLength(payload) } : {}),
    } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

async function worker(id, port, agent, deadline, tally) {
  let i = id * 1000;
  while (Date.now() < deadline) {
    i++;
    const room = pick(ROOMS);
    const key = partnerKeys[i % partnerKeys.length];
    const date = dateFor(Math.floor(rand() * 90));
    if (rand() < 0.45) {
      const res = await request(agent, port, 'GET', `/api/rooms/${room.id}/slots?date=${date}`, key);
      tally[res.status] = (tally[res.status] || 0) + 1;
    } else {
      const start = 600 + 15 * Math.floor(rand() * 48);
      const body = {
        team: `${pick(ADJ)} ${pick(NOUN)} ${Math.floor(rand() * 400)}`, players: 2 + Math.floor(rand() * 5), date, start,
        email: `team${i}@example.org`,
        voucher: rand() < 0.3 ? `${room.slug.toUpperCase()}-${date.replace(/-/g, '')}-${Math.floor(rand() * 1e6).toString(36).toUpperCase().padStart(4, '0').slice(0, 4)}` : undefined,
      };
      const res = await request(agent, port, 'POST', `/api/rooms/${room.id}/bookings`, key, body);
      tally[res.status] = (tally[res.status] || 0) + 1;
    }
  }
}

async function main() {
  const server = createServer();
  await new Promise((res) => server.listen(0, '127.0.0.1', res));
  const { port } = server.address();
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const tally = {};
  const deadline = Date.now() + DURATION_MS;
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => worker(i, port, agent, deadline, tally)));
  agent.destroy();
  server.close();
  console.log('responses by status', tally);
  console.log(`bookings=${stats.bookings} rejected=${stats.rejected} lookups=${stats.lookups} revenue=$${(stats.revenueCents / 100).toFixed(2)}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
