'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { mulberry32 } = require('./lib/rng');
const { plannedCores } = require('./lib/cores');
const { SliceArchive } = require('./lib/archive');
const { CoreRegistry, createService } = require('./lib/service');
const { drive } = require('./lib/loadgen');

const REQUESTS = Number(process.env.PEATCORE_REQUESTS || 21000);

async function main() {
  const rng = mulberry32(4410);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peatcore-'));
  try {
    const cores = plannedCores(rng, 40);
    const archive = new SliceArchive(workDir);
    const registry = new CoreRegistry(cores, archive);
    const server = createService(registry);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const started = Date.now();
    const counts = await drive({ port: server.address().port, rng, cores, total: REQUESTS, concurrency: 8 });
    await new Promise((resolve) => server.close(resolve));
    await archive.flush();
    let slices = 0;
    for (const e of registry.cores.values()) slices += e.slices.length;
    console.log(`peatcore: ${REQUESTS} requests in ${Date.now() - started} ms, ${JSON.stringify(counts)}, ` +
      `${slices} slices registered, ${archive.written} archived`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err); process.exitCode = 1; });
