'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildFleet } = require('./lib/fleet');
const { uplinkStream } = require('./lib/simulator');
const { MessageBus } = require('./lib/bus');
const { Logger } = require('./lib/logger');
const { AlertSink } = require('./lib/alerts');
const { DailySummary } = require('./lib/summary');
const { buildPipeline } = require('./lib/pipeline');
const { ReadingArchive } = require('./lib/archive');
const { WebhookReceiver, signBody } = require('./lib/webhook');

const WEBHOOK_SECRET = 'ttn-webhook-apiary-2025';

const HIVES = Number(process.env.APIARY_HIVES || 150);
const TICKS = Number(process.env.APIARY_TICKS || 864); // three days of 5-minute uplinks
const FEED_BATCH = 500;

let deliverySeq = 0;

// Stands in for the network server: packs uplinks into a signed webhook delivery.
function deliver(receiver, uplinks) {
  const body = JSON.stringify({ deliveryId: `d-${++deliverySeq}`, gateway: 'eui-b827ebfffe6a1c2d', uplinks });
  const status = receiver.receive({ 'x-webhook-signature': signBody(WEBHOOK_SECRET, body) }, body);
  return status === 202 ? uplinks.length : 0;
}

async function main() {
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apiary-'));
  const logFile = fs.createWriteStream(path.join(workDir, 'pipeline.log'));
  const logger = new Logger({ name: 'apiary-telemetry', level: process.env.LOG_LEVEL || 'info', stream: logFile });
  const fleet = buildFleet(HIVES, 4242);
  const bus = new MessageBus({ batchSize: 2048 });
  const alerts = new AlertSink(path.join(workDir, 'alerts.ndjson'));
  const summary = new DailySummary();
  const archive = new ReadingArchive(workDir);
  const stats = buildPipeline({ bus, fleet, alerts, summary, archive, logger });
  const receiver = new WebhookReceiver({ secret: WEBHOOK_SECRET, bus, logger });
  bus.onError = (err, item) => logger.error('handler %s failed on %s: %s', item.sub.name, item.topic, err.message);

  try {
    let fed = 0;
    let batch = [];
    for (const uplink of uplinkStream(fleet, { ticks: TICKS, startMs: Date.UTC(2025, 5, 10), seed: 99 })) {
      batch.push(uplink);
      if (batch.length === FEED_BATCH) {
        fed += deliver(receiver, batch);
        batch = [];
        await bus.idle();
      }
    }
    fed += deliver(receiver, batch);
    await bus.idle();
    const rows = summary.writeCsv(path.join(workDir, 'daily-summary.csv'));
    const totals = summary.apiaryTotals();
    await alerts.close();
    await archive.close();
    await new Promise((resolve) => logFile.end(resolve));
    console.log(JSON.stringify({
      fed,
      webhook: receiver.stats,
      stats,
      archivedRows: archive.rows,
      bus: bus.counters,
      alerts: { ...alerts.counts, suppressed: alerts.suppressed },
      summaryRows: rows,
      bestApiaryDay: totals.reduce((best, t) => (t.netChange > best.netChange ? t : best), totals[0]),
      elapsedMs: Date.now() - started,
    }, null, 2));
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
