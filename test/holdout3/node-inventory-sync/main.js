'use strict';

const { loadCatalog } = require('./catalog');
const { reconcileChunk } = require('./reconcile');

const SKUS = Number(process.env.SYNC_SKUS || 30000);
const CHUNK = 60;

function main() {
  const { skus, warehouses, counts, rand } = loadCatalog(SKUS, 31337);
  const ctx = { counts, rand, outbox: [] };
  let adjusted = 0;
  for (const warehouse of warehouses) {
    for (let i = 0; i < skus.length; i += CHUNK) {
      adjusted += reconcileChunk(warehouse, skus.slice(i, i + CHUNK), ctx);
    }
  }
  const bytes = ctx.outbox.reduce((a, r) => a + r.body.length, 0);
  console.log(`inventory sync: ${skus.length} skus x ${warehouses.length} warehouses, ${adjusted} adjustments, ${ctx.outbox.length} requests planned (${bytes} bytes)`);
}

main();
