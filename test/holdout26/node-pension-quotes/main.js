'use strict';
const { buildSchemes, buildMembers } = require('./lib/schemes');
const { enrolMember } = require('./lib/auth');
const { createQuoteServer } = require('./lib/server');
const { runPortalLoad } = require('./lib/loadgen');

async function main() {
  const schemes = buildSchemes();
  const members = buildMembers(schemes, 600);
  for (const m of members.values()) enrolMember(m);
  const registry = { schemes: new Map(schemes.map((s) => [s.id, s])), members };
  const { server, stats } = createQuoteServer(registry);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  const refs = [...members.keys()];
  const pins = refs.map((r) => members.get(r).pin);
  const started = Date.now();
  const results = await runPortalLoad(port, refs, pins, { requests: 4000, concurrency: 8 });
  await new Promise((resolve) => server.close(resolve));
  console.log(`transfer quotes: ${stats.quotes} issued, ${stats.rejected} rejected, ` +
    `total value GBP ${Math.round(stats.totalValue)}; client ok=${results.ok} failed=${results.failed} ` +
    `bytes=${results.bytes} in ${Date.now() - started} ms`);
}

main().catch((err) => { console.error(err); process.exit(1); });
