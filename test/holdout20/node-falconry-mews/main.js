'use strict';

const { MewsRoster } = require('./lib/roster');
const { HandlerRegistry } = require('./lib/handlers');
const { createMewsServer } = require('./lib/server');
const { driveTraffic } = require('./lib/loadgen');

async function main() {
  const roster = new MewsRoster(20240611);
  roster.populate(60, 300);

  const registry = new HandlerRegistry();
  const passphrases = {};
  for (let h = 1; h <= 6; h++) {
    passphrases[`H${h}`] = `jess-and-hood-${h * 7919}`;
    registry.enrol(`H${h}`, passphrases[`H${h}`]);
  }

  const stats = { logPages: 0, advice: 0, weighings: 0, rejected: 0 };
  const server = createMewsServer(roster, registry, stats);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  const started = process.hrtime.bigint();
  const result = await driveTraffic({
    port, birdIds: roster.ids(), passphrases, total: Number(process.env.MEWS_REQUESTS || 7000), concurrency: 8, seed: 77,
  });
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;

  await new Promise((resolve) => server.close(resolve));
  console.log(JSON.stringify({ ...stats, ...result, elapsedMs: Math.round(elapsedMs) }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
