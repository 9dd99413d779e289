'use strict';
// Airline loyalty accrual service: partner feeds post flown segments for crediting, members redeem
// awards with their PIN, the app looks up balances. An in-process load generator drives it over 127.0.0.1.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { once } = require('events');
const { createRng } = require('./lib/rng');
const { buildMembers, enrolPins } = require('./lib/members');
const { Logger } = require('./lib/log');
const { createAccrualService } = require('./lib/server');
const { buildRequestPlan, runLoad } = require('./lib/loadgen');

const CONFIG = {
  seed: 7340021,
  members: 40000,
  redeemers: 120,
  requests: Number(process.env.REQUESTS || 30000),
  concurrency: 12,
};

async function main() {
  const started = Date.now();
  const rng = createRng(CONFIG.seed);
  const members = buildMembers(rng, CONFIG.members);
  const ids = [...members.keys()];
  const redeemers = [];
  for (let i = 0; i < CONFIG.redeemers; i++) redeemers.push(ids[(i * 331) % ids.length]);
  await enrolPins(rng, members, redeemers);
  const plan = buildRequestPlan(rng, members, redeemers, CONFIG.requests);

  const logDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'miles-accrual-'));
  const logStream = fs.createWriteStream(path.join(logDir, 'accrual.log'));
  const log = new Logger('miles-accrual', logStream);
  const { server, stats } = createAccrualService({ members, log });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { statusCounts, creditedMiles } = await runLoad(server.address().port, plan, CONFIG.concurrency);
    console.log(`requests ${plan.length}: ${[...statusCounts.entries()].map(([s, n]) => `${s}=${n}`).join(' ')}`);
    console.log(`accruals ${stats.accruals}, segments credited ${stats.segments}, rejected ${stats.rejectedSegments}, redemptions ${stats.redemptions}, lookups ${stats.lookups}`);
    console.log(`miles credited ${creditedMiles}, ${Date.now() - started} ms`);
  } finally {
    server.close();
    logStream.end();
    await once(logStream, 'finish');
    await fs.promises.rm(logDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
