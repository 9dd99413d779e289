'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { mulberry32 } = require('./lib/rng');
const { buildNetwork, buildFleet, enrolSkippers } = require('./lib/network');
const { publishNotices } = require('./lib/notices');
const { PassageDesk, createService } = require('./lib/service');
const { runLoad } = require('./lib/loadgen');

const REQUESTS = Number(process.env.LOCKKEEPER_REQUESTS || 10000);

async function main() {
  const rng = mulberry32(20250611);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockkeeper-'));
  try {
    const network = buildNetwork(rng);
    const vessels = buildFleet(rng, network, 3000);
    const { store, pins } = enrolSkippers(rng, 400);
    const noticesDir = path.join(workDir, 'notices');
    publishNotices(noticesDir, network, rng);

    const desk = new PassageDesk({ network, vessels, credentials: store, noticesDir });
    const server = createService(desk);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();

    const started = Date.now();
    const statuses = await runLoad({ port, rng, network, vessels, pins, total: REQUESTS, concurrency: 8 });
    await new Promise((resolve) => server.close(resolve));

    const summary = [...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}:${n}`).join(' ');
    console.log(`lockkeeper: ${REQUESTS} requests in ${Date.now() - started} ms, passages=${desk.passages.size} [${summary}]`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err); process.exitCode = 1; });
