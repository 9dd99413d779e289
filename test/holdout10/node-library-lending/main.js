'use strict';

// Circulation API of a library consortium (availability, checkout, return, reading history),
// driven by an in-process load generator.

const os = require('os');
const path = require('path');
const { seedConsortium } = require('./seed');
const { LibraryStore } = require('./store');
const { Circulation } = require('./circulation');
const { Journal } = require('./journal');
const { createServer } = require('./server');
const { runLoad } = require('./loadgen');

async function main() {
  const data = seedConsortium({ titles: 5000, members: 4000, seed: 2024 });
  const store = new LibraryStore(data);
  const journal = new Journal(path.join(os.tmpdir(), `circulation-${process.pid}.journal`));
  let now = Date.UTC(2024, 8, 2, 9);
  const circulation = new Circulation(store, journal, () => (now += 60000));
  const server = createServer(circulation);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const t0 = Date.now();
  const stats = await runLoad({
    port: server.address().port,
    titles: data.titles,
    members: data.members,
    branches: data.branches,
    durationMs: Number(process.env.LOAD_MS || 9000),
    concurrency: 32,
    seed: 99,
  });
  const secs = (Date.now() - t0) / 1000;
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await journal.drain();
  console.log(`library-lending: ${stats.requests} requests in ${secs.toFixed(1)}s (${(stats.requests / secs).toFixed(0)} req/s), ` +
    `status ${JSON.stringify(stats.status)}, ${journal.count} journal entries, ${(stats.bytes / 1e6).toFixed(1)} MB sent`);
  require('fs').unlinkSync(journal.file);
}

main().catch((e) => { console.error(e); process.exit(1); });
