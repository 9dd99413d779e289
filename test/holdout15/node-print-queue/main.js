'use strict';
// Queue consumer for a web-to-print shop: takes print orders off the queue,
// preflights, imposes, routes them to a printer in the fleet, prices them and
// writes a structured job log.
const fs = require('fs/promises');
const os = require('os');
const path = require('path');
const { Channel } = require('./lib/broker');
const { publishOrders, MEDIA } = require('./lib/orders');
const { buildCatalog, FleetState } = require('./lib/fleet');
const { JobLogger } = require('./lib/logger');
const { createPrintWorker } = require('./lib/worker');

const ORDERS = Number(process.env.ORDERS || 2000);
const QUEUE = 'print.jobs';

async function main() {
  const logPath = path.join(os.tmpdir(), `print-queue-${process.pid}.log`);
  const sink = [];
  const logger = new JobLogger({ service: 'print-worker', level: 'info', sink });
  const catalog = buildCatalog();
  const state = new FleetState();
  const ppmById = new Map(catalog.map((p) => [p.id, p.ppm]));
  const mediaById = new Map(MEDIA.map((m) => [m.id, m]));
  const channel = new Channel();
  const results = { done: 0, held: 0, revenue: 0, warnings: 0 };

  const flusher = setInterval(() => {
    state.drainTick(ppmById);
    if (sink.length) fs.appendFile(logPath, sink.splice(0).join('\n') + '\n');
  }, 50);

  const started = Date.now();
  const drained = new Promise((resolve) => channel.on('drained', resolve));
  createPrintWorker({ channel, queue: QUEUE, catalog, state, mediaById, logger, results });
  // orders arrive in batches, like the storefront's checkout bursts
  for (let batch = 0; batch < ORDERS / 500; batch++) {
    publishOrders(channel, QUEUE, 500, 9000 + batch);
    await new Promise((r) => setTimeout(r, 5));
  }
  await drained;
  clearInterval(flusher);
  if (sink.length) await fs.appendFile(logPath, sink.splice(0).join('\n') + '\n');
  const logSize = (await fs.stat(logPath)).size;
  await fs.rm(logPath, { force: true });
  console.log(`print-queue: ${results.done} jobs spooled, ${results.held} held, revenue £${results.revenue.toFixed(2)}, ${results.warnings} preflight warnings in ${((Date.now() - started) / 1000).toFixed(1)}s (log ${logSize} bytes)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
