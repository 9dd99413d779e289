'use strict';

// Online auction bidding API: lot search, lot detail and bid placement,
// exercised by an in-process load generator for a fixed window.
const { AuctionCatalog } = require('./lib/catalog');
const { BidderRegistry } = require('./lib/bidders');
const { createAuctionServer } = require('./lib/server');
const { runLoad } = require('./lib/loadgen');

const DURATION_MS = Number(process.env.LOAD_DURATION_MS || 6500);

async function main() {
  const catalog = AuctionCatalog.generate({ lots: 1200, seed: 7 });
  const bidders = await BidderRegistry.generate({ count: 300, seed: 11 });
  const server = createAuctionServer({ catalog, bidders });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  console.log(`auction api listening on 127.0.0.1:${port}`);

  const started = Date.now();
  const load = await runLoad({ port, credentials: bidders.credentials(), catalog, durationMs: DURATION_MS, concurrency: 8 });
  const elapsed = (Date.now() - started) / 1000;

  await new Promise((resolve) => server.close(resolve));
  const busiest = catalog.lots.slice().sort((a, b) => b.bids.length - a.bids.length)[0];
  console.log(
    `served ${server.stats.requests} requests in ${elapsed.toFixed(1)}s ` +
      `(${Math.round(server.stats.requests / elapsed)} req/s), bids accepted=${server.stats.bidsAccepted} ` +
      `rejected=${server.stats.bidsRejected}, statuses=${JSON.stringify(load.statusCounts)}`,
  );
  console.log(`most contested lot: ${busiest.id} "${busiest.title}" with ${busiest.bids.length} bids`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
