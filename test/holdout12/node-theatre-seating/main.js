'use strict';

// Theatre box office: seat maps for the booking widget, best-available holds,
// checkout with live pricing rules, and the sales dashboard.

const { buildVenue } = require('./venue');
const { schedule } = require('./performances');
const { seedLedger } = require('./history');
const { createBoxOffice } = require('./server');
const { runShoppers } = require('./loadgen');
const rules = require('./pricing-rules');

const DURATION_MS = Number(process.env.LOAD_SECONDS || 9) * 1000;

async function main() {
  const now = Date.UTC(2024, 9, 7, 10, 0, 0);
  const venue = buildVenue();
  for (const seat of venue.seats) seat.band = rules.bandFor(seat);
  // 72 performances already played, 24 on sale
  const performances = schedule(venue, 96, now - 36 * 86400e3 + 0.5 * 86400e3);
  for (const p of performances) p.daysToShow = Math.ceil((p.startsAt - now) / 86400e3);
  const ledger = seedLedger(venue, performances, { now });

  const server = createBoxOffice({ venue, performances, ledger, clock: () => now });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  const started = Date.now();
  const load = await runShoppers({ port, durationMs: DURATION_MS });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  console.log(JSON.stringify({ elapsedMs: Date.now() - started, seats: venue.seats.length, ledgerOrders: ledger.length, server: server.stats, load }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
