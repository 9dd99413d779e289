'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { mulberry32 } = require('./lib/rng');
const { buildSites, siteForHive } = require('./lib/apiaries');
const { uplinks, decodeUplink } = require('./lib/gateway');
const { normaliseFrame } = require('./lib/channels');
const { StageQueue } = require('./lib/queue');
const { ColonyWatch, FlowLedger } = require('./lib/colony');

const UPLINKS = Number(process.env.APIARY_UPLINKS || 130000);

async function main() {
  const rng = mulberry32(77031);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apiary-'));
  try {
    const sites = buildSites(rng, 420);
    const watch = new ColonyWatch();
    const ledger = new FlowLedger();
    let orphaned = 0;

    const analyse = new StageQueue('analyse', (reading) => {
      watch.observe(reading);
      ledger.add(reading);
    });
    const enrich = new StageQueue('enrich', (reading) => {
      const site = siteForHive(sites, reading.hiveId);
      if (!site) { orphaned++; return; }
      reading.siteId = site.siteId;
      reading.region = site.region;
      reading.forage = site.forage;
      reading.altitude = site.altitude;
      analyse.push(reading);
    });
    const decode = new StageQueue('decode', (line) => {
      enrich.push(normaliseFrame(decodeUplink(line)));
    }, { batchSize: 512 });

    const started = Date.now();
    let fed = 0;
    for (const line of uplinks(rng, sites, UPLINKS, 0)) {
      decode.push(line);
      if (++fed % 2000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await decode.whenIdle();
    await enrich.whenIdle();
    await analyse.whenIdle();

    const flows = ledger.settle();
    const report = { uplinks: fed, hives: watch.hives.size, events: watch.events, flows, orphaned };
    const out = path.join(workDir, 'season-report.json');
    fs.writeFileSync(out, JSON.stringify(report));
    const kinds = {};
    for (const e of watch.events) kinds[e.kind] = (kinds[e.kind] || 0) + 1;
    console.log(`apiary: ${fed} uplinks, ${watch.hives.size} hives, events ${JSON.stringify(kinds)}, ` +
      `${ledger.hourly.size} hourly buckets, ${fs.statSync(out).size} byte report in ${Date.now() - started} ms`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err); process.exitCode = 1; });
