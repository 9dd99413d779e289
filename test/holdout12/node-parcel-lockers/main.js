'use strict';

// Parcel locker network back-office: couriers drop parcels into compartments,
// recipients pick them up with a six-digit code, staff dashboards poll site
// status and inbound SMS replies are matched to waiting parcels.

const { LockerNetwork } = require('./lockers');
const { createServer } = require('./server');
const { runLoad } = require('./loadgen');

const DURATION_MS = Number(process.env.LOAD_SECONDS || 9) * 1000;

async function main() {
  const network = LockerNetwork.seed({ sites: 40, lockersPerSite: 48, seed: 7 });
  const simNow = Date.UTC(2024, 10, 18, 9, 0, 0);
  const server = createServer(network, { clock: () => simNow });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  const started = Date.now();
  const load = await runLoad({ port, sites: [...network.sites.values()], durationMs: DURATION_MS, concurrency: 12, simNow });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));

  let occupied = 0;
  for (const s of network.sites.values()) occupied += s.lockers.length - s.freeCount();
  console.log(JSON.stringify({
    elapsedMs: Date.now() - started,
    responses: load.counts,
    server: server.metrics,
    occupied,
    history: network.history.length,
  }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
