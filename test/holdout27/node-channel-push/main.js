'use strict';
// Hotel channel-manager push worker: drains the PMS change log, maps PMS room/rate codes to the
// OTA's codes and pushes availability and rate notifications to the OTA endpoint (a local stub here).

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { once } = require('events');
const { createRng } = require('./lib/rng');
const { buildProperties, mappingDocument, changeEvents } = require('./lib/pms-feed');
const { groupDeliveries, pushDelivery, runWithConcurrency } = require('./lib/worker');
const { startOtaStub } = require('./lib/ota-stub');

const CONFIG = {
  seed: 5512903,
  properties: 90,
  events: Number(process.env.EVENTS || 36000),
  pollSize: 1500,
  maxItemsPerMessage: 8,
  concurrency: 8,
  channelId: 'CHM-EU-07',
};

async function main() {
  const started = Date.now();
  const rng = createRng(CONFIG.seed);
  const secret = crypto.createHash('sha256').update(`channel-secret-${CONFIG.seed}`).digest('base64');
  const properties = buildProperties(rng, CONFIG.properties);
  const mappingDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'channel-push-'));
  const stub = startOtaStub(secret);
  stub.server.listen(0, '127.0.0.1');
  await once(stub.server, 'listening');
  try {
    await Promise.all(properties.filter((p, i) => i % 17 !== 5).map((p) =>
      fs.promises.writeFile(path.join(mappingDir, `${p.propertyId}.json`), JSON.stringify(mappingDocument(rng, p), null, 2))));

    const config = { endpoint: `http://127.0.0.1:${stub.server.address().port}`, channelId: CONFIG.channelId, secret, clock: 0 };
    const totals = { messages: 0, items: 0, ok: 0, failed: 0, unmapped: 0, past: 0, warnings: 0 };
    let poll = [];
    const flush = async () => {
      const { deliveries, skipped } = groupDeliveries(poll, mappingDir, CONFIG.maxItemsPerMessage);
      config.clock = poll[poll.length - 1].createdAt;
      totals.unmapped += skipped.unmapped;
      totals.past += skipped.past;
      const results = await runWithConcurrency(deliveries, CONFIG.concurrency, (d) => pushDelivery(config, d));
      deliveries.forEach((d, i) => {
        totals.messages++;
        totals.items += d.items.length;
        if (results[i].status === 200) totals.ok++; else totals.failed++;
        totals.warnings += results[i].body.warnings ? results[i].body.warnings.length : 0;
      });
      poll = [];
    };
    for (const event of changeEvents(rng, properties, CONFIG.events)) {
      poll.push(event);
      if (poll.length === CONFIG.pollSize) await flush();
    }
    if (poll.length) await flush();
    console.log(`events ${CONFIG.events}: messages ${totals.messages} (${totals.ok} ok, ${totals.failed} failed), items ${totals.items}, unmapped ${totals.unmapped}, past ${totals.past}, warnings ${totals.warnings}`);
    console.log(`stub saw ${stub.stats.requests} requests, ${stub.inventory.size} inventory keys, ${Date.now() - started} ms`);
  } finally {
    stub.server.close();
    await fs.promises.rm(mappingDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
