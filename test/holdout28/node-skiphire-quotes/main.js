'use strict';

const { mulberry32 } = require('./lib/rng');
const { createSkipHireServer } = require('./lib/server');
const { runLoad } = require('./lib/loadgen');

const TOTAL_QUOTES = Number(process.env.SKIP_QUOTES || 170000);
const CONCURRENCY = 8;

async function main() {
  const started = Date.now();
  const rand = mulberry32(51515);
  const accounts = new Map();
  const apiKeys = [];
  for (let i = 0; i < 15; i++) {
    const key = `sk_${Math.floor(rand() * 2 ** 48).toString(36)}_${i}`;
    accounts.set(key, { id: `TRADE${String(i + 1).padStart(3, '0')}`, tradeDiscount: (i % 5) * 0.025 });
    apiKeys.push(key);
  }
  const { server, stats, book } = createSkipHireServer(accounts);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const result = await runLoad({ port: server.address().port, total: TOTAL_QUOTES, concurrency: CONCURRENCY, rand, apiKeys });
  await new Promise((resolve) => server.close(resolve));

  console.log(`client quoted=${result.quoted} booked=${result.booked} refused=${result.refused} spend=£${result.spend.toFixed(2)}`);
  console.log(`server quotes=${stats.quotes} bookings=${stats.bookings} refused=${stats.refused} heldBookings=${book.booked}`);
  console.log(`elapsed ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
