'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { mulberry32 } = require('./src/rng');
const { startGatewayStub } = require('./src/gateway-stub');
const { StructuredLogger } = require('./src/logger');
const { PRACTICES, writeTemplates, buildRecallQueue } = require('./src/recalls');
const { runWorker } = require('./src/worker');

const RECALLS = Number(process.env.RECALL_JOBS || 16000);
const CONCURRENCY = 6;

async function main() {
  const started = Date.now();
  const rand = mulberry32(4471);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vet-recall-'));
  const stub = await startGatewayStub();
  const logStream = fs.createWriteStream(path.join(workDir, 'worker.log'));
  try {
    const templateDir = path.join(workDir, 'templates');
    writeTemplates(templateDir);
    const jobs = buildRecallQueue(rand, RECALLS);
    const stats = { sent: 0, failed: 0, undeliverable: 0, segments: 0 };
    const ctx = {
      templateDir,
      practices: new Map(PRACTICES.map((p) => [p.id, p])),
      gatewayUrl: `http://127.0.0.1:${stub.port}/v2`,
      apiKey: 'recall-gw-7f3a',
      stats,
      log: new StructuredLogger(logStream, { service: 'vet-recall-sender', worker: process.pid }),
    };
    await runWorker(jobs, ctx, CONCURRENCY);
    console.log(`recalls=${jobs.length} sent=${stats.sent} failed=${stats.failed} undeliverable=${stats.undeliverable} segments=${stats.segments}`);
    console.log(`gateway received sms=${stub.received.sms} email=${stub.received.email} rejected=${stub.received.rejected}; log lines=${ctx.log.lines}`);
  } finally {
    await new Promise((resolve) => logStream.end(resolve));
    await new Promise((resolve) => stub.server.close(resolve));
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  console.log(`elapsed ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
