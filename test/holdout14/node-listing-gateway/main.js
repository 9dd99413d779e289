'use strict';

// Property-listing gateway: public search/detail API that enriches listings
// with automated valuations (upstream service) and zoning information.
const { generateListings, generateSales, attachExposes } = require('./lib/listings');
const { createValuationService, MAX_BATCH } = require('./lib/valuation-service');
const { ValuationClient, FinancingClient } = require('./lib/upstream');
const { createGateway } = require('./lib/gateway');
const { runLoad } = require('./lib/loadgen');

const REQUESTS = Number(process.env.REQUESTS || 1100);
const MAX_DURATION_MS = 9000;

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function main() {
  const listings = attachExposes(generateListings({ count: 4000, seed: 21 }), 23);
  const sales = generateSales({ count: 1200, seed: 22 });

  const avm = createValuationService(sales);
  const avmPort = await listen(avm);
  const avmUrl = `http://127.0.0.1:${avmPort}`;
  const gateway = createGateway({
    listings,
    valuations: new ValuationClient(avmUrl, MAX_BATCH),
    financing: new FinancingClient(avmUrl),
  });
  const port = await listen(gateway);
  console.log(`gateway on :${port}, valuation service on :${avmPort}`);

  const started = Date.now();
  const counts = await runLoad({ port, listingIds: listings.map((l) => l.id), requests: REQUESTS, maxDurationMs: MAX_DURATION_MS, concurrency: 6 });
  const secs = (Date.now() - started) / 1000;

  await Promise.all([new Promise((r) => gateway.close(r)), new Promise((r) => avm.close(r))]);
  const s = gateway.stats;
  console.log(
    `${counts.ok} ok / ${counts.failed} failed in ${secs.toFixed(1)}s (${Math.round(counts.ok / secs)} req/s); ` +
      `search=${s.search} detail=${s.detail} errors=${s.errors}; ${(counts.bytes / 1048576).toFixed(1)} MiB sent, ${counts.verified} bodies verified`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
