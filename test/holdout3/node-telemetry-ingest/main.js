'use strict';

const { buildFleet, sampleBatch } = require('./fleet');
const { createCollector } = require('./collector');
const { sendBatch } = require('./uplink');

const DEVICES = Number(process.env.FLEET_SIZE || 200);
const ROUNDS = Number(process.env.FLEET_ROUNDS || 20);
const CONCURRENCY = 8;

async function run() {
  const fleet = buildFleet(DEVICES, 77);
  const registry = new Map(fleet.map((d) => [d.id, d]));
  const { server, report } = createCollector(registry);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();

  const jobs = [];
  for (let round = 0; round < ROUNDS; round++) for (const d of fleet) jobs.push([d, round]);
  let next = 0;
  let accepted = 0;
  async function worker() {
    while (next < jobs.length) {
      const [device, seq] = jobs[next++];
      accepted += await sendBatch(port, device, sampleBatch(device, seq));
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  server.close();
  const r = report();
  console.log(`telemetry: ${jobs.length} batches, ${accepted} readings, ${r.series.length} series, ${r.anomalies} anomalies, archive ${r.archivedBytes} bytes`);
}

run().catch((err) => { console.error(err); process.exit(1); });
