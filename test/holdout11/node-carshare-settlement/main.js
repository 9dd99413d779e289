'use strict';

const { buildFleet } = require('./fleet');
const { exportDay } = require('./telemetry');
const { assembleTrips } = require('./pings');
const { settleTrip } = require('./settle');
const { MonthlyLedger } = require('./report');
const { mulberry32 } = require('./rng');

const DAYS = 31;
const TRIPS_PER_DAY = Number(process.env.TRIPS_PER_DAY || 1300);

async function main() {
  const started = Date.now();
  const fleet = buildFleet(2024);
  const rng = mulberry32(31);
  const ledger = new MonthlyLedger();
  const rejected = { MALFORMED: 0, LOW_ACCURACY: 0, GPS_JUMP: 0 };
  let pings = 0;
  let unsettled = 0;

  for (let day = 0; day < DAYS; day++) {
    const lines = exportDay(day, fleet, rng, TRIPS_PER_DAY);
    pings += lines.length;
    const batch = assembleTrips(lines);
    for (const k of Object.keys(rejected)) rejected[k] += batch.rejected[k];
    for (const trip of batch.trips) {
      const s = settleTrip(trip, fleet);
      if (s) ledger.add(s);
      else unsettled++;
    }
    // let timers / IO breathe between daily batches, like the real nightly job
    await new Promise((r) => setImmediate(r));
  }

  const file = await ledger.write();
  const zones = [...ledger.byZone.entries()].sort((a, b) => b[1].revenue - a[1].revenue).slice(0, 5);
  console.log(`settled ${ledger.trips} trips (${unsettled} unsettled) from ${pings} pings; rejected ${JSON.stringify(rejected)}`);
  console.log(`revenue EUR ${ledger.revenue.toFixed(2)}; members billed ${ledger.byMember.size}; invoices -> ${file}`);
  for (const [name, z] of zones) console.log(`  ${name.padEnd(20)} ${String(z.trips).padStart(6)} trips  EUR ${z.revenue.toFixed(2)}`);
  for (const [cat, c] of ledger.byCategory) console.log(`  ${cat.padEnd(12)} ${c.trips} trips ${c.km.toFixed(0)} km EUR ${c.revenue.toFixed(2)}`);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
