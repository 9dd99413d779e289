'use strict';

const { buildCatalog } = require('./catalog');
const { MemberRegistry } = require('./members');
const { createServer } = require('./server');
const { runLoad } = require('./loadgen');
const { mulberry32 } = require('./rng');

const DURATION_MS = Number(process.env.LOAD_MS || 8000);

async function main() {
  const started = Date.now();
  const catalog = buildCatalog(20240610);
  const members = new MemberRegistry();
  const fixtures = await members.seed(80, mulberry32(4242));

  const server = createServer({ catalog, members });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  console.log(`museum ticketing listening on 127.0.0.1:${port} (${catalog.exhibitions.length} exhibitions, ${fixtures.length} members)`);

  const result = await runLoad({ port, durationMs: DURATION_MS, concurrency: 8, catalog, members: fixtures });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));

  const sold = catalog.exhibitions.reduce((n, e) => n + e.days.reduce((m, d) => m + d.slots.reduce((k, s) => k + s.sold, 0), 0), 0);
  console.log(`requests ok=${result.ok} failed=${result.failed} statuses=${JSON.stringify(result.byStatus)}`);
  console.log(`server stats ${JSON.stringify(server.stats)} tickets sold=${sold}`);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
