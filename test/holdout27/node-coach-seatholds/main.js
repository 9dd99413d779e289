'use strict';
// Intercity coach booking API: trip search with fare quotes, seat holds with expiry, confirmation
// with ticket issue. An in-process load generator replays customer sessions over 127.0.0.1.

const { once } = require('events');
const { createRng } = require('./lib/rng');
const { buildTimetable } = require('./lib/network');
const { createBookingService } = require('./lib/server');
const { runLoad } = require('./lib/loadgen');

const CONFIG = {
  seed: 31415926,
  days: 14,
  sessions: Number(process.env.SESSIONS || 20000),
  concurrency: 12,
};

function createClock(start) {
  let now = start;
  return { now: () => now, tick: () => { now += 250; } };
}

function createLogger(stream) {
  return { warn: (msg) => stream.write(`${new Date().toISOString()} WARN ${msg}\n`) };
}

async function main() {
  const started = Date.now();
  const rng = createRng(CONFIG.seed);
  const timetable = buildTimetable(rng, CONFIG.days);
  const clock = createClock(Date.UTC(2025, 5, 20, 8, 0, 0));
  const { server, stats } = createBookingService({ timetable, clock, log: createLogger(process.stderr) });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const counts = await runLoad(rng, server.address().port, timetable, CONFIG.sessions, CONFIG.concurrency);
    console.log([...counts.entries()].sort().map(([k, v]) => `${k}=${v}`).join(' '));
    console.log(`searches ${stats.searches}, holds ${stats.holds}, sold out ${stats.soldOut}, confirmed ${stats.confirmed}, expired ${stats.expired}, lookups ${stats.lookups}; ${timetable.trips.size} trips; ${Date.now() - started} ms`);
  } finally {
    server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
