'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildPortfolio } = require('./lib/portfolio');
const { RepairDesk } = require('./lib/repairs');
const { createPortalServer } = require('./lib/server');
const { runTraffic } = require('./lib/loadgen');

async function main() {
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tenant-portal-'));
  try {
    const portfolio = buildPortfolio(20240611, 1500, 80);
    const repairDesk = new RepairDesk(workDir);
    let tick = Date.UTC(2026, 5, 1, 8, 0, 0);
    const clock = () => (tick += 17000);
    const { server, stats } = createPortalServer({ portfolio, repairDesk, clock });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    const tally = await runTraffic({ port, users: portfolio.users, totalRequests: 1200, concurrency: 8, seed: 77 });
    await repairDesk.flush();
    await new Promise((resolve) => server.close(resolve));
    const journal = fs.readFileSync(path.join(workDir, 'repairs.jsonl'), 'utf8').trim().split('\n').length;
    console.log(`tenant portal: ${stats.requests} requests, ok=${tally.ok} failed=${tally.failed}, ` +
      `${(tally.bytes / 1024).toFixed(0)} KiB served, ${journal} repairs journalled, ${Date.now() - started} ms`);
    console.log('routes', JSON.stringify(stats.byRoute));
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
