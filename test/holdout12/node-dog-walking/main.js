'use strict';

// Dog-walking marketplace API: owners search nearby walkers for a time slot
// and book them, walkers upload the GPS track when the walk ends and check
// their earnings. Runs the API and a fleet of simulated apps in one process.

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { Marketplace } = require('./store');
const { Sessions } = require('./auth');
const { createLogger } = require('./logger');
const { createApp } = require('./server');
const { runApps } = require('./loadgen');

const DURATION_MS = Number(process.env.LOAD_SECONDS || 9) * 1000;

async function main() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dogwalk-'));
  const logStream = fs.createWriteStream(path.join(workDir, 'api.log'));
  const log = createLogger(logStream, 'info');

  const market = Marketplace.seed({ walkers: 900, owners: 5000 });
  const sessions = new Sessions(crypto.randomBytes(32));

  // A handful of owners sign in through the normal (async scrypt) login.
  const owners = [...market.owners.keys()].slice(0, 30);
  await Promise.all(owners.map((id) => sessions.setPassword(id, `pw-${id}`)));
  const users = await Promise.all(owners.map(async (id) => ({ id, token: await sessions.login(id, `pw-${id}`, Date.now()) })));

  const server = createApp({ market, sessions, log });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  const started = Date.now();
  const outcomes = await runApps({ port, market, users, durationMs: DURATION_MS });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => logStream.end(resolve));
  const logBytes = fs.statSync(path.join(workDir, 'api.log')).size;
  fs.rmSync(workDir, { recursive: true, force: true });

  console.log(JSON.stringify({ elapsedMs: Date.now() - started, server: server.stats, outcomes, bookings: market.bookings.size, logBytes }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
