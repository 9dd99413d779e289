'use strict';

// Pottery co-op firing log: an HTTP service that records kiln firings,
// simulates the firing curve, checks glaze/clay fit and archives the
// pyrometer trace with a separate archive service. A load generator plays
// the members' studio tablet. Everything runs on 127.0.0.1.

const { catalogueText } = require('./lib/materials');
const { createRng } = require('./lib/rng');
const { startArchive, ArchiveClient } = require('./lib/archive');
const { FiringService } = require('./lib/service');
const { runMembers } = require('./lib/members');

const SEED = 90417;

function buildRecipes(seed, materialCount, count) {
  const rng = createRng(seed);
  const recipes = new Map();
  for (let i = 0; i < count; i++) {
    const parts = [];
    const n = rng.int(4, 7);
    for (let p = 0; p < n; p++) parts.push({ code: `M${String(rng.int(1, materialCount)).padStart(4, '0')}`, grams: Math.round(rng.range(3, 45) * 10) / 10 });
    recipes.set(`glaze-${i + 1}`, { parts });
  }
  return recipes;
}

async function main() {
  const materialCount = 420;
  const catalogue = catalogueText(SEED, materialCount);
  const recipes = buildRecipes(SEED, materialCount, 60);
  const kilns = new Map([
    ['front-electric', { response: 0.35, wallLoss: 0.0009 }],
    ['test-kiln', { response: 0.6, wallLoss: 0.0016 }],
    ['salt-kiln', { response: 0.22, wallLoss: 0.0007 }],
    ['big-gas', { response: 0.18, wallLoss: 0.0005 }],
    ['raku-drum', { response: 0.7, wallLoss: 0.0025 }],
  ]);
  const clayBodies = new Map([
    ['buff-stoneware', { coe: 5.9 }],
    ['porcelain', { coe: 6.3 }],
    ['red-earthenware', { coe: 7.0 }],
    ['raku-body', { coe: 5.4 }],
  ]);
  const { server: archiveServer, traces } = await startArchive();
  const archive = new ArchiveClient(archiveServer.address().port);
  const service = new FiringService({ kilns, clayBodies, catalogue, recipes, archive });
  const server = await service.listen();
  const stats = await runMembers({
    port: server.address().port,
    requests: 2300,
    concurrency: 4,
    seed: SEED,
    kilnIds: [...kilns.keys()],
    glazes: [...recipes.keys(), 'glaze-unlisted'],
    clays: [...clayBodies.keys()],
  });
  archive.close();
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => archiveServer.close(resolve));
  const coneList = Object.entries(stats.cones).sort().map(([c, n]) => `${c}:${n}`).join(' ');
  console.log(`firings: ${stats.ok} ok, ${stats.errors} errors, ${traces.size} traces archived, crazing ${stats.crazing}, shivering ${stats.shivering}, cones ${coneList}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
