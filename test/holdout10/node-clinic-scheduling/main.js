'use strict';

// Appointment-booking API of an outpatient clinic group, exercised in-process by a load generator.

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { seedClinic } = require('./data');
const { Calendar } = require('./calendar');
const { TokenVerifier } = require('./tokens');
const { createServer } = require('./server');
const { runLoad } = require('./loadgen');

async function main() {
  const start = Date.UTC(2024, 9, 7);
  const data = seedClinic({ clinicians: 160, patients: 20000, days: 21, start, seed: 31337 });
  const calendar = new Calendar(data.clinicians);
  let seeded = 0;
  for (const a of data.appointments) if (calendar.book(a)) seeded++;

  const tokens = new TokenVerifier(crypto.randomBytes(32));
  const token = tokens.issue('frontdesk-web', start + 90 * 86400000);
  const auditFile = path.join(os.tmpdir(), `clinic-audit-${process.pid}.log`);
  const audit = fs.createWriteStream(auditFile, { flags: 'a' });
  const now = () => start - 3600000;

  const server = createServer({ calendar, sites: data.sites, patients: data.patients, tokens, audit, now });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const t0 = Date.now();
  const stats = await runLoad({
    port: server.address().port, token, specialties: data.specialties, sites: data.sites, patients: data.patients,
    start, durationMs: Number(process.env.LOAD_MS || 9000), concurrency: 32, seed: 8,
  });
  const secs = (Date.now() - t0) / 1000;
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await new Promise((r) => audit.end(r));
  fs.unlinkSync(auditFile);
  console.log(`clinic-scheduling: ${seeded} seeded, ${stats.requests} requests in ${secs.toFixed(1)}s (${(stats.requests / secs).toFixed(0)} req/s), ` +
    `status ${JSON.stringify(stats.status)}, ${stats.booked.length} bookings kept`);
}

main().catch((e) => { console.error(e); process.exit(1); });
