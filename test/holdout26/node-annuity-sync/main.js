'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { PROVIDERS } = require('./lib/providers');
const { fork } = require('child_process');
const { PanelClient } = require('./lib/panelClient');
const { RateStore } = require('./lib/rateStore');
const { syncPanel } = require('./lib/sync');

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'annuity-sync-'));
  const stub = fork(path.join(__dirname, 'lib', 'stub.js'), ['1000', '30'], { execArgv: [] });
  const { port } = await new Promise((resolve, reject) => {
    stub.once('message', resolve);
    stub.once('error', reject);
  });
  try {
    const client = new PanelClient(port, 'panel-key-0001');
    const store = new RateStore(work);
    const started = Date.now();
    const stats = await syncPanel(client, PROVIDERS, store, { concurrency: 32, pages: 1000 });
    const best = store.bestRates();
    const snapshot = store.writeSnapshot();
    let top = null;
    for (const row of best.values()) if (row.product === 'LEVEL' && row.age === 65 && (!top || row.rate > top.rate)) top = row;
    console.log(`synced ${stats.pages} pages (${stats.failed} failed), ${stats.rows} rows, ${stats.changed} changes, ` +
      `${snapshot.rows} stored rates; best level rate at 65: ${top ? top.provider + ' ' + top.rate : 'n/a'} in ${Date.now() - started} ms`);
  } finally {
    await new Promise((resolve) => {
      stub.once('exit', resolve);
      stub.send('stop');
    });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
