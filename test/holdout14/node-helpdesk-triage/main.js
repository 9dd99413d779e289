'use strict';

// Helpdesk triage consumer: pulls incoming support tickets from the intake
// queue, classifies them, picks an agent and computes the SLA deadline.
const fs = require('fs/promises');
const os = require('os');
const path = require('path');
const { InMemoryBroker } = require('./lib/broker');
const { TriageLogger, FileSink } = require('./lib/logger');
const { AgentRouter, buildRoster } = require('./lib/router');
const { TriageWorker } = require('./lib/worker');
const { startProducer } = require('./lib/producer');

const TOTAL_TICKETS = Number(process.env.TICKETS || 18000);
const TOPIC = 'support.tickets.incoming';

async function main() {
  const logFile = path.join(os.tmpdir(), `helpdesk-triage-${process.pid}.log`);
  const sink = new FileSink(fs, logFile);
  const logger = new TriageLogger({ level: process.env.LOG_LEVEL || 'info', sink, bindings: { service: 'helpdesk-triage' } });
  const broker = new InMemoryBroker();
  const router = new AgentRouter(buildRoster(42));
  const worker = new TriageWorker({ broker, topic: TOPIC, outTopic: 'support.tickets.assigned', router, logger, batchSize: 100 });

  const started = Date.now();
  const finished = worker.start();
  const produced = await startProducer(broker, TOPIC, { total: TOTAL_TICKETS, burst: 150, seed: 7 });
  logger.info('intake finished', { produced });
  worker.stopWhenDrained();
  const stats = await finished;
  logger.info('queue drained', { handled: stats.handled });
  await sink.flush();

  const secs = (Date.now() - started) / 1000;
  console.log(`triaged ${stats.handled} tickets (${stats.merged} merged, ${stats.unassigned} unassigned, ${stats.failed} failed) in ${secs.toFixed(1)}s`);
  console.log('by category:', Object.fromEntries([...stats.byCategory].sort()));
  console.log('by priority:', Object.fromEntries([...stats.byPriority].sort()));
  console.log(`forwarded ${broker.depth('support.tickets.assigned')} enriched tickets to support.tickets.assigned`);
  const busiest = router.roster.slice().sort((a, b) => b.handled - a.handled).slice(0, 3);
  console.log('busiest agents:', busiest.map((a) => `${a.name} (${a.team}) ${a.handled}`).join(', '));
  console.log(`last assignment: ${worker.audit[worker.audit.length - 1].reason}`);
  console.log(`log lines written: ${sink.lines}`);
  await fs.rm(logFile, { force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
