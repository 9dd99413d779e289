'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { mulberry32 } = require('./lib/random');
const { buildZones, buildObservations } = require('./lib/zones');
const { createObservationStore } = require('./lib/observationStore');
const { buildServiceCatalogue } = require('./lib/obsClient');
const { StabilityModel } = require('./lib/stability');
const { writePhraseArchive, PhraseBook } = require('./lib/phrases');
const { createBulletinService } = require('./lib/bulletinService');
const { planRequests, runLoad } = require('./lib/loadgen');

const DAYS = 60;
const PER_DAY = Number(process.env.BULLETIN_PER_DAY || 40);
const CELLS_PER_ZONE = 2000;

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function main() {
  const rand = mulberry32(88123);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'avalanche-bulletin-'));
  try {
    const zones = buildZones(rand);
    const observations = buildObservations(rand, zones, DAYS);
    const catalogue = buildServiceCatalogue(rand, zones);
    const archive = path.join(tmp, 'phrases.tsv.gz');
    writePhraseArchive(archive, rand);
    const stability = new StabilityModel(zones, CELLS_PER_ZONE, rand);

    const store = createObservationStore(observations);
    const storePort = await listen(store);
    const service = createBulletinService({ zones, catalogue, storePort, stability, phraseBook: new PhraseBook(archive) });
    const port = await listen(service);

    const plan = planRequests(rand, zones, DAYS, PER_DAY);
    const { levels, statuses } = await runLoad(port, plan, 8);
    await new Promise((resolve) => service.close(resolve));
    await new Promise((resolve) => store.close(resolve));
    const st = [...statuses].map(([s, n]) => `${s}:${n}`).join(' ');
    console.log(`avalanche-bulletin: ${zones.length} zones, ${plan.reduce((n, b) => n + b.length, 0)} bulletins (${st}), levels 1-5: ${levels.slice(1).join('/')}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
