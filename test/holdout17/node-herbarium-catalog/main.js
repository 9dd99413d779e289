'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { makeSpecimens } = require('./lib/seed');
const { Catalog } = require('./lib/catalog');
const { AccessionLedger } = require('./lib/accessions');
const { LatencyMetrics } = require('./lib/metrics');
const { createServer } = require('./lib/server');
const { runLoad } = require('./lib/loadgen');

const SPECIMENS = Number(process.env.HERBARIUM_SPECIMENS || 5000);
const REQUESTS = Number(process.env.HERBARIUM_REQUESTS || 3900);
const CONCURRENCY = 8;

async function main() {
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herbarium-'));
  const specimens = makeSpecimens(SPECIMENS, 1867);
  const catalog = new Catalog(specimens);
  const ledger = new AccessionLedger(workDir);
  const metrics = new LatencyMetrics();
  const server = createServer({ catalog, ledger, metrics });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  try {
    const knownIds = specimens.slice(0, 4000).map((s) => s.id);
    const load = await runLoad({ port, total: REQUESTS, concurrency: CONCURRENCY, seed: 42, knownIds });
    const labels = fs.readdirSync(path.join(workDir, 'labels')).length;
    console.log(JSON.stringify({
      load,
      catalog: catalog.counts,
      labelsWritten: labels,
      latency: metrics.report(),
      elapsedMs: Date.now() - started,
    }, null, 2));
  } finally {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
