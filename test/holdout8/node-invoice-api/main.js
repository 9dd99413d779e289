'use strict';
const { buildCatalog } = require('./catalog');
const { KeyStore } = require('./auth');
const { createServer } = require('./server');
const { runLoad } = require('./loadgen');

async function main() {
  const catalog = buildCatalog(7);
  const keyStore = new KeyStore(catalog.customers);
  const server = createServer(keyStore, catalog);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const started = Date.now();
  const result = await runLoad({ port, catalog, totalRequests: Number(process.env.REQUESTS || 9000), concurrency: 16 });
  const ms = Date.now() - started;
  console.log(`invoices created: ${result.ok}, bytes: ${result.bytes}, ${ms} ms, served=${server.stats().served}`);
  await new Promise((r) => server.close(r));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
