'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { makePonds, telemetryLines } = require('./lib/telemetry');
const { BrineQueue } = require('./lib/queue');
const { SalternPipeline } = require('./lib/pipeline');
const { parseStage, brineStage, createPondLedgerStage } = require('./lib/stages');
const { WorksLogger } = require('./lib/log');
const { harvestPlan } = require('./lib/harvest');

async function main() {
  const ponds = makePonds(54);
  const logLines = [];
  const log = new WorksLogger('info', logLines);
  const ledger = new Map();
  const pipeline = new SalternPipeline([
    { name: 'parse', fn: parseStage },
    { name: 'brine', fn: brineStage },
    { name: 'ledger', fn: createPondLedgerStage(ledger, log), snapshot: true },
  ]);

  const queue = new BrineQueue(4000);
  let flagged = 0;
  const consumer = pipeline.consume(queue, 500, (reading) => {
    if (reading.flags.length) flagged++;
  });

  const total = Number(process.env.SALTERN_READINGS || 270000);
  for (const line of telemetryLines(ponds, total, 4242)) {
    await queue.push(line);
  }
  queue.close();
  await consumer;

  const plan = harvestPlan(ledger, ponds);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saltern-'));
  try {
    fs.writeFileSync(path.join(outDir, 'harvest-plan.json'), JSON.stringify(plan, null, 2));
    fs.writeFileSync(path.join(outDir, 'works.log'), logLines.join('\n'));
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  console.log(JSON.stringify({
    processed: pipeline.processed, dropped: pipeline.dropped, flagged,
    ready: plan.filter((p) => p.ready).length, logLines: logLines.length,
  }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
