'use strict';

const { createRandom } = require('./lib/random');
const { ClinicStore } = require('./lib/store');
const { createServer } = require('./lib/server');
const { BookingTraffic } = require('./lib/loadgen');

const FIRST_DAY = Date.UTC(2024, 9, 7); // Monday 7 October 2024, start of the autumn campaign
const DAYS = 21;

class StatusCounter {
  constructor() {
    this.byStatus = new Map();
  }

  record(status) {
    this.byStatus.set(status, (this.byStatus.get(status) || 0) + 1);
  }
}

async function main() {
  const rand = createRandom(20241007);
  const store = new ClinicStore();
  store.seed(rand, { clinicCount: 10, patientCount: 6000, firstDay: FIRST_DAY, days: DAYS });

  // Patients with an online account; the PIN is what the load generator types in.
  const accountHolders = [...store.patients.values()].filter((_, i) => i % 30 === 0);
  const pinFor = (p) => p.nhsNumber.slice(2, 6);
  await store.registerAccounts(accountHolders, pinFor);

  const stats = new StatusCounter();
  const server = createServer(store, stats);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  const traffic = new BookingTraffic({
    port,
    seed: 5150,
    accounts: accountHolders.map((p) => ({ nhsNumber: p.nhsNumber, pin: pinFor(p), homeTown: p.homeTown })),
    clinics: [...store.clinics.values()],
    firstDay: FIRST_DAY,
    days: DAYS,
    concurrency: 8,
    sessions: 230,
  });
  const started = process.hrtime.bigint();
  const outcomes = await traffic.run();
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  await new Promise((resolve) => server.close(resolve));

  const online = store.bookings.filter((b) => b.channel === 'online').length;
  console.log(`vaccination booking simulation: ${traffic.sessions} sessions in ${elapsedMs.toFixed(0)} ms`);
  console.log(`online bookings made: ${online}, total bookings: ${store.bookings.length}`);
  for (const [key, n] of [...outcomes].sort()) console.log(`  ${key.padEnd(18)} ${n}`);
  console.log('server responses:', Object.fromEntries([...stats.byStatus].sort((a, b) => a[0] - b[0])));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
