'use strict';

const { mulberry32 } = require('./lib/rng');
const { BrokerRegistry } = require('./lib/brokers');
const { createQuoteServer } = require('./lib/server');
const { runLoad } = require('./lib/loadgen');

const TOTAL_REQUESTS = Number(process.env.QUOTE_REQUESTS || 9000);
const CONCURRENCY = 8;

async function main() {
  const started = Date.now();
  const rand = mulberry32(20240611);
  const registry = new BrokerRegistry();
  const brokers = [];
  for (let i = 0; i < 12; i++) {
    const id = `BRK${String(100 + i)}`;
    const key = `pk_live_${Math.floor(rand() * 1e12).toString(36)}${i}`;
    registry.register(id, `Broker ${i}`, key, 0.08 + (i % 4) * 0.015);
    brokers.push({ id, key: i === 11 ? `${key}-revoked` : key });
  }
  const { server, stats } = createQuoteServer(registry);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  const results = await runLoad({ port, total: TOTAL_REQUESTS, concurrency: CONCURRENCY, rand, brokers });
  await new Promise((resolve) => server.close(resolve));

  console.log(`quotes ok=${results.ok} unauthorised=${results.unauthorised} other=${results.other}`);
  console.log(`server stats quoted=${stats.quoted} rejected=${stats.rejected} declined=${stats.declined}`);
  console.log(`mean cheapest monthly premium=${(results.cheapestTotal / Math.max(1, results.ok)).toFixed(2)}`);
  console.log(`elapsed ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
