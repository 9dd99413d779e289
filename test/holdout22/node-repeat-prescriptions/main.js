'use strict';

const http = require('http');
const { createRandom } = require('./lib/random');
const { buildFormulary } = require('./lib/formulary');
const { PracticeStore } = require('./lib/store');
const { startPharmacy } = require('./lib/pharmacy');
const { createService } = require('./lib/service');
const { AppTraffic } = require('./lib/loadgen');

const TODAY = Date.UTC(2024, 2, 18, 9, 0, 0);

async function main() {
  const rand = createRandom(83042);
  const formulary = buildFormulary(rand);
  const store = new PracticeStore(formulary);
  store.seed(rand, { patients: 9000, today: TODAY });

  const pharmacy = await startPharmacy();
  const pharmacyAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  let tick = 0;
  const clock = () => TODAY + (tick++) * 1000;
  const service = createService({ store, clock, pharmacyUrl: `http://127.0.0.1:${pharmacy.port}`, pharmacyAgent });
  await new Promise((resolve) => service.listen(0, '127.0.0.1', resolve));

  const traffic = new AppTraffic({
    port: service.address().port,
    seed: 1842,
    patientIds: [...store.patients.keys()],
    concurrency: 8,
    sessions: 1000,
    worklistEvery: 60,
  });
  const started = process.hrtime.bigint();
  const results = await traffic.run();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;

  pharmacyAgent.destroy();
  await new Promise((resolve) => service.close(resolve));
  await new Promise((resolve) => pharmacy.server.close(resolve));

  console.log(`repeat prescriptions: ${traffic.sessions} app sessions in ${ms.toFixed(0)} ms`);
  console.log(`orders placed: ${store.orders.length}, dispensing orders received: ${pharmacy.orders.size}`);
  for (const [k, v] of [...results].sort()) console.log(`  ${k.padEnd(22)} ${v}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
