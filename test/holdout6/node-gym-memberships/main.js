'use strict';

// Front-desk check-in service for a small gym chain, driven by a replay of a
// morning's turnstile traffic against 127.0.0.1.

const http = require('http');
const { mulberry32 } = require('./rng');
const { MemberStore } = require('./members');
const { writeTimetable } = require('./schedule');
const { createCheckinServer } = require('./server');

const rand = mulberry32(99);
const CLUBS = ['riverside', 'old-town', 'harbourfront'];
const TOTAL = Number(process.env.CHECKINS || 4500);
const CONCURRENCY = 8;

const store = new MemberStore(5000, 4242);
writeTimetable(rand);
const { server, stats } = createCheckinServer(store);
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function postCheckin(port, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/checkin', agent,
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function nextTurnstileEvent() {
  const idx = Math.floor(rand() * 5000);
  const card = `GM${100000 + idx}`;
  const pin = rand() < 0.93 ? store.pins[idx] : '0000';
  return JSON.stringify({ card, pin, club: CLUBS[Math.floor(rand() * 3)], day: Math.floor(rand() * 7) });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  let sent = 0;
  async function worker() {
    while (sent < TOTAL) {
      sent++;
      await postCheckin(port, nextTurnstileEvent());
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  server.close();
  console.log(`checkins ok=${stats.ok} denied=${stats.denied} frozen=${stats.frozen}`);
});
