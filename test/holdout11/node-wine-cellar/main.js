'use strict';

const crypto = require('crypto');
const { buildCellars } = require('./cellar');
const { createServer } = require('./server');
const { TastingJournal } = require('./journal');
const { runLoad } = require('./loadgen');

const DURATION_MS = Number(process.env.LOAD_MS || 8000);

async function main() {
  const started = Date.now();
  const cellars = buildCellars(12, 2500, 1961);
  const tokens = new Map([...cellars.keys()].map((id) => [crypto.randomBytes(24).toString('base64url'), id]));
  const journal = new TastingJournal();
  const server = createServer({ cellars, tokens, journal, year: 2024 });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  console.log(`wine cellar API on 127.0.0.1:${port}: ${cellars.size} cellars`);

  const tally = await runLoad({ port, cellars, tokens, durationMs: DURATION_MS, concurrency: 8 });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await journal.close();

  let left = 0;
  for (const c of cellars.values()) for (const b of c.bottles.values()) left += b.quantity;
  console.log(`requests ${tally.requests} ${JSON.stringify(tally.statuses)}; journal entries ${journal.entries}; bottles left ${left}`);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
