'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildFleet, writeDefectCards } = require('./lib/fleet');
const { depotRoads } = require('./lib/stabling');
const { createDepotServer } = require('./lib/server');
const { runControlRoomTraffic } = require('./lib/loadgen');
const { createRng } = require('./lib/rng');

function buildStaff(count, seed) {
  const rng = createRng(seed);
  const staff = new Map();
  for (let i = 0; i < count; i++) {
    const routes = [];
    for (let r = 1; r <= 30; r++) if (rng.next() < 0.6) routes.push(`L${r}`);
    staff.set(`S${1000 + i}`, { id: `S${1000 + i}`, grade: rng.pick(['driver', 'driver', 'senior-driver', 'instructor', 'shunter']), routes });
  }
  return staff;
}

async function main() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-depot-'));
  try {
    const fleet = buildFleet(64, 3001);
    const cardsDir = path.join(workDir, 'defect-cards');
    fs.mkdirSync(cardsDir);
    writeDefectCards(cardsDir, fleet, 77);
    const staff = buildStaff(220, 15);
    const depot = {
      fleet, byFleetNo: new Map(fleet.map((t) => [t.fleetNo, t])), roads: depotRoads(), cardsDir, staff,
      clock: { now: Date.UTC(2024, 5, 14, 12) },
    };
    const server = createDepotServer(depot);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const result = await runControlRoomTraffic({
      port: server.address().port, fleetNos: fleet.map((t) => t.fleetNo), staffIds: [...staff.keys()],
      total: Number(process.env.DEPOT_REQUESTS || 7000), concurrency: 6, seed: 1894,
    });
    await new Promise((resolve) => server.close(resolve));
    console.log(JSON.stringify(result));
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
