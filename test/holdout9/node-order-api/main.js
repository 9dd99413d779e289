'use strict';
// Order intake API: in-process HTTP service plus a load generator that replays
// a mix of storefront traffic (logins, order submissions, order lookups).
const { createOrderServer } = require('./server');
const { runLoad } = require('./loadgen');

const DURATION_MS = Number(process.env.LOAD_DURATION_MS || 9000);
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY || 16);

async function main() {
  const server = createOrderServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  console.log(`order-api listening on ${port}`);

  const started = Date.now();
  const stats = await runLoad({ port, durationMs: DURATION_MS, concurrency: CONCURRENCY });
  const elapsed = (Date.now() - started) / 1000;

  console.log(`requests: ${stats.total} in ${elapsed.toFixed(1)}s (${(stats.total / elapsed).toFixed(0)} req/s)`);
  for (const [status, n] of Object.entries(stats.byStatus)) console.log(`  HTTP ${status}: ${n}`);
  console.log(`orders stored: ${server.orderCount()}`);
  server.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
