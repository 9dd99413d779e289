'use strict';
// Contactless fare-capping run for a metro/rail/tram/bus network: validator tap feeds flow through
// parse -> pair -> price -> cap -> settle stages and produce the operator settlement for the week.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRng } = require('./lib/rng');
const { buildNetwork } = require('./lib/network');
const { validatorBatches } = require('./lib/feed');
const { parseTaps, pairStage, priceStage, capStage, settleStage } = require('./lib/stages');

const CONFIG = {
  seed: 90210417,
  accounts: Number(process.env.ACCOUNTS || 30000),
  days: 3,
  journeysPerAccount: 3,
  batchSize: 2000,
};

async function main() {
  const started = Date.now();
  const rng = createRng(CONFIG.seed);
  const network = buildNetwork();
  const stationsById = new Map(network.stations.map((s) => [s.id, s]));
  const accounts = [];
  for (let i = 0; i < CONFIG.accounts; i++) accounts.push({ id: 100000 + i * 13, activity: 0.3 + rng.next() * 1.4 });

  const capStore = new Map();
  const feed = validatorBatches(rng, network, accounts, CONFIG.days, CONFIG.journeysPerAccount, CONFIG.batchSize);
  const result = await settleStage(capStage(priceStage(pairStage(parseTaps(feed), stationsById), network.stationFares), capStore));

  const outDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'tapfare-'));
  try {
    const rows = ['operator,journeys,fares,charged,incomplete'];
    for (const [op, t] of [...result.byOperator.entries()].sort()) rows.push(`${op},${t.journeys},${(t.fares / 100).toFixed(2)},${(t.charged / 100).toFixed(2)},${t.incomplete}`);
    await fs.promises.writeFile(path.join(outDir, 'settlement.csv'), rows.join('\n'));
    await fs.promises.writeFile(path.join(outDir, 'hourly.csv'), result.byHour.map((v, h) => `${h},${v}`).join('\n'));
    console.log(rows.join('\n'));
    console.log(`${result.journeysSeen} journeys, ${result.cappedJourneys} capped, ${capStore.size} accounts, ${Date.now() - started} ms`);
  } finally {
    await fs.promises.rm(outDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
