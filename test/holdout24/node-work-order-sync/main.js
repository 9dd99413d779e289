'use strict';

// Nightly sync worker: pulls work orders from the CMMS, enriches them from the asset
// register, pushes SLA status back and writes the contractor performance pack.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startCmmsStub, startAssetRegisterStub } = require('./lib/stubs');
const { CmmsClient } = require('./lib/cmms-client');
const { runSync } = require('./lib/sync');
const { renderSlaReport, writeReport } = require('./lib/report');

async function main() {
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wo-sync-'));
  const cmmsStub = await startCmmsStub({ seed: 5150, count: 3200, assetCount: 28, pageSize: 100 });
  const registryStub = await startAssetRegisterStub({ seed: 8080, assetCount: 28 });
  try {
    const ctx = {
      cmms: new CmmsClient({ host: '127.0.0.1', port: cmmsStub.port, token: 'sync-worker' }),
      registryConfig: {
        host: '127.0.0.1',
        port: registryStub.port,
        extraCa: fs.readFileSync(path.join(__dirname, 'fixtures', 'asset-register-stub.crt'), 'utf8'),
      },
      assetCache: new Map(),
      asOfMs: Date.UTC(2026, 2, 3, 6, 0, 0),
      stats: { assetLookups: 0, missingAssets: 0, pushed: 0 },
    };
    const orders = await runSync(ctx);
    const report = renderSlaReport(orders);
    const bytes = writeReport(workDir, report);
    console.log(report.summary.trim());
    console.log(`work order sync: ${orders.length} orders, ${ctx.stats.pushed} statuses pushed, ${ctx.stats.assetLookups} asset lookups, ` +
      `${cmmsStub.received.size} acknowledged, timeline ${(bytes / 1024).toFixed(0)} KiB, ${Date.now() - started} ms`);
  } finally {
    await new Promise((r) => cmmsStub.server.close(r));
    await new Promise((r) => registryStub.server.close(r));
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
