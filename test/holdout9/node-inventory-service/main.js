'use strict';
// Inventory reservation service benchmark: boots the service and a carrier rate
// stub in-process, then drives it with a keep-alive load generator.
const { createInventoryService } = require('./server');
const { startCarrierStub } = require('./carrier');
const { LoadGenerator } = require('./loadgen');

async function main() {
  const carrier = await startCarrierStub();
  const service = createInventoryService({ carrierPort: carrier.address().port });
  await new Promise((resolve) => service.listen(0, '127.0.0.1', resolve));

  const gen = new LoadGenerator(service.address().port, { concurrency: 24 });
  const stats = await gen.run(Number(process.env.DURATION_MS || 9000));
  console.log(`reservations=${stats.reserve} stock=${stats.stock} plans=${stats.plan} errors=${stats.errors}`);
  console.log(`latency p50=${stats.p50.toFixed(2)}ms p99=${stats.p99.toFixed(2)}ms`);

  service.close();
  carrier.close();
  if (typeof carrier.closeAllConnections === 'function') carrier.closeAllConnections();
}

main().catch((err) => { console.error(err); process.exit(1); });
