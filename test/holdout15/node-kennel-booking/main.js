'use strict';
// Kennel boarding booking API (quotes, bookings, cancellations, occupancy),
// exercised by an in-process load generator for a few seconds.
const { KennelInventory } = require('./lib/inventory');
const { StaffDirectory } = require('./lib/staffAuth');
const { createBookingServer } = require('./lib/server');
const { runLoad } = require('./lib/loadgen');

async function main() {
  const inventory = new KennelInventory({ toy: 18, small: 30, medium: 36, large: 24, giant: 10 });
  const staff = new StaffDirectory();
  const tokens = [
    staff.issue('Front desk tablet 1', 'desk'),
    staff.issue('Front desk tablet 2', 'desk'),
    staff.issue('Booking widget', 'web'),
  ];
  const { server, stats, bookings } = createBookingServer({ inventory, staff });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const started = Date.now();
  const load = await runLoad({ port, tokens, durationMs: Number(process.env.LOAD_MS || 6500), concurrency: 12, seed: 20250611 });
  await new Promise((resolve) => server.close(resolve));
  const secs = (Date.now() - started) / 1000;
  console.log(`kennel-booking: ${load.sent} requests in ${secs.toFixed(1)}s (${(load.sent / secs).toFixed(0)} req/s)`);
  console.log('status codes:', load.statusCounts);
  console.log('server stats:', stats, 'active bookings:', bookings.size);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
