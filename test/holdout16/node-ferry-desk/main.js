'use strict';

const { createRng } = require('./lib/rng');
const { Timetable } = require('./lib/timetable');
const { BookingStore } = require('./lib/bookings');
const { AgentRegistry } = require('./lib/auth');
const { createHandlers } = require('./lib/handlers');
const { createServer } = require('./lib/server');
const { runLoad } = require('./lib/loadgen');
const { priceParty, partySize, needsCarLane } = require('./lib/fares');

const SEED = 20240611;
const TOTAL_REQUESTS = Number(process.env.FERRY_REQUESTS || 7000);
const CONCURRENCY = 16;
const PRELOADED_BOOKINGS = Number(process.env.FERRY_PRELOAD || 16000);

function preload(store, timetable, rng, n) {
  // Bookings already on the system when the desk opens (imported from the
  // overnight reservation feed).
  const ids = [...timetable.sailings.keys()];
  for (let i = 0; i < n; i++) {
    const sailing = timetable.sailing(rng.pick(ids));
    const party = { adult: rng.int(1, 2) };
    if (rng.chance(0.3)) party.child = rng.int(1, 2);
    const vehicle = rng.chance(0.4) ? 'car5' : 'none';
    store.importBooking({
      sailingId: sailing.id,
      passengers: partySize(party),
      party,
      vehicle,
      carLane: needsCarLane(vehicle),
      lead: { name: 'Feed', email: 'feed@calmac.example' },
      agentId: 'FEED',
      totalPence: priceParty(timetable.route(sailing.routeId), sailing, party, vehicle),
    });
  }
}

async function main() {
  const rng = createRng(SEED);
  const timetable = new Timetable({ startDate: '2024-06-17', days: 21, rng });
  const store = new BookingStore(timetable);
  const agents = new AgentRegistry();
  const keys = [];
  for (let i = 1; i <= 12; i++) {
    keys.push(agents.enrol(`AG${String(i).padStart(3, '0')}`, `Agent ${i}`, `s3cr3t-${i}-${rng.int(1e6, 9e6)}`));
  }
  preload(store, timetable, createRng(SEED + 1), PRELOADED_BOOKINGS);
  console.log(`timetable: ${timetable.sailings.size} sailings, ${store.bookings.length} bookings preloaded`);

  const { server, counters } = createServer(createHandlers({ timetable, store, agents }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  console.log(`ferry desk listening on 127.0.0.1:${port}`);

  const result = await runLoad({
    port,
    rng: createRng(SEED + 2),
    legs: timetable.legs(),
    dates: timetable.dates(),
    keys,
    total: TOTAL_REQUESTS,
    concurrency: CONCURRENCY,
  });

  await new Promise((resolve) => server.close(resolve));
  const s = store.stats();
  console.log(`load: ${result.requests} timed requests in ${result.elapsed.toFixed(2)}s, p50 ${result.p50.toFixed(2)}ms p95 ${result.p95.toFixed(2)}ms p99 ${result.p99.toFixed(2)}ms`);
  console.log(`status: ${JSON.stringify(result.statusCounts)}; server saw ${counters.requests} requests, ${counters.errors} errors`);
  console.log(`bookings: ${s.confirmed} confirmed, ${s.cancelled} cancelled, revenue £${(s.revenue / 100).toFixed(2)}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
