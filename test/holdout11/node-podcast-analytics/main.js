'use strict';

const { Logger } = require('./logger');
const { publishCatalog, removeCatalog } = require('./metastore');
const { bundledRangeCsv } = require('./geoip');
const { Analytics } = require('./ingest');
const { createServer } = require('./server');
const { runLoad } = require('./loadgen');

const DURATION_MS = Number(process.env.LOAD_MS || 8000);

async function main() {
  const started = Date.now();
  const log = new Logger({ name: 'podcast-analytics', level: process.env.LOG_LEVEL || 'info' });
  const catalog = await publishCatalog(24, 7);
  const analytics = new Analytics({ geoCsv: bundledRangeCsv(), log: log.child({ component: 'ingest' }) });
  const server = createServer({ analytics, catalog, log: log.child({ component: 'http' }) });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  console.log(`podcast analytics on 127.0.0.1:${port}, ${catalog.index.length} shows`);

  const tally = await runLoad({ port, catalog, durationMs: DURATION_MS, concurrency: 6 });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await log.close();
  await removeCatalog(catalog.dir);

  console.log(`requests ${JSON.stringify(tally)}`);
  console.log(`events ${JSON.stringify(analytics.totals)}, episodes tracked ${analytics.episodes.size}`);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
