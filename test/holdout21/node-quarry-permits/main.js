'use strict';

// Blast permit service for a hard-rock quarry: accepts proposed blast
// plans, predicts ground vibration at surrounding structures, prints the
// charge schedule and issues a sealed permit. A built-in load generator
// plays the part of the shot-firers' tablets.

const { buildStructureRegister, buildFaceCorridors } = require('./lib/site');
const { PermitService } = require('./lib/server');
const { runShotFirers } = require('./lib/loadgen');

const SEED = 20210417;
const FACES = 9;

async function main() {
  const structures = buildStructureRegister(SEED, 3500);
  const corridors = buildFaceCorridors(structures, SEED, FACES);
  const service = new PermitService({
    structures,
    corridors,
    secret: 'quarry-permit-secret-7Q',
    kdfIterations: 9000,
    locale: 'en-GB',
  });
  const server = await service.listen();
  const { port } = server.address();
  const started = process.hrtime.bigint();
  const stats = await runShotFirers({ port, requests: 480, concurrency: 6, seed: SEED, faces: FACES });
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  await new Promise((resolve) => server.close(resolve));
  console.log(
    `permits: ${stats.submitted} submitted, ${stats.approved} approved, ${stats.refused} refused, ` +
      `${stats.lookups} lookups, ${stats.errors} errors in ${elapsedMs.toFixed(0)} ms`
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
