'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { mulberry32 } = require('./lib/random');
const { buildNetwork, buildStations } = require('./lib/glaciers');
const { StationRegistry } = require('./lib/auth');
const { BalanceLedger } = require('./lib/ledger');
const { createLedgerServer } = require('./lib/server');
const { buildRequests, drive } = require('./lib/loadgen');

const REQUESTS = Number(process.env.STAKE_LEDGER_REQUESTS || 3800);
const CONCURRENCY = 8;

async function main() {
  const rand = mulberry32(190417);
  const glaciers = buildNetwork(rand);
  const stations = buildStations(rand, glaciers);
  const registry = new StationRegistry(stations);
  const ledger = new BalanceLedger(glaciers);
  const server = createLedgerServer({ glaciers, registry, ledger });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  const requests = buildRequests(rand, glaciers, stations, REQUESTS);
  const started = process.hrtime.bigint();
  const stats = await drive(port, requests, CONCURRENCY);
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  await new Promise((resolve) => server.close(resolve));

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stake-ledger-'));
  try {
    const snapshot = {};
    for (const code of glaciers.keys()) snapshot[code] = ledger.glacierWide(code);
    await fs.promises.writeFile(path.join(tmp, 'season-snapshot.json'), JSON.stringify(snapshot));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const statuses = [...stats.byStatus].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}:${n}`).join(' ');
  console.log(`stake-ledger: ${requests.length} requests in ${elapsedMs.toFixed(0)} ms, ${statuses}, ${stats.bytes} bytes`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
