'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const { seeded } = require('./lib/random');
const { buildCollection, BRANCHES } = require('./lib/collection');
const { writeCalendars, BranchCalendars } = require('./lib/calendar');
const { HoldNotifier } = require('./lib/notify');
const { Logger } = require('./lib/logger');
const { DeskClock } = require('./lib/clock');
const { LoanDesk } = require('./lib/desk');
const { createApp } = require('./lib/http-app');
const { replay } = require('./lib/kiosk-replay');

const REQUESTS = Number(process.env.DESK_REQUESTS || 18000);
const HOLD_RATE = Number(process.env.DESK_HOLD_RATE || 0.008);

async function main() {
  const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'loan-desk-'));
  const configDir = path.join(workdir, 'calendars');
  fs.mkdirSync(configDir);
  const log = new Logger({ level: process.env.LOG_LEVEL || 'info', file: path.join(workdir, 'desk.log'), name: 'loan-desk' });
  try {
    const rng = seeded(1789);
    const collection = buildCollection(rng, { titles: 9000, patrons: 4000 });
    writeCalendars(configDir, BRANCHES, 2024, rng);
    const clock = new DeskClock('2024-03-04T09:00:00Z', 60 * 1000);
    const spool = [];
    const notifier = new HoldNotifier({
      config: { gatewayUrl: 'https://messaging.council.example/v2', gatewayKey: 'training-key', gatewayMode: 'spool' },
      spool,
      log,
    });
    const desk = new LoanDesk({ collection, calendars: new BranchCalendars(configDir), notifier, log, clock });
    const { server, stats } = createApp({ desk, clock, log });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = server.address().port;
    console.log(`loan desk on 127.0.0.1:${port}: ${collection.titles.size} titles, ${collection.items.size} items, ${collection.patrons.size} patrons`);

    const tally = await replay({ port, rng: seeded(2024), collection, total: REQUESTS, concurrency: 12, holdRate: HOLD_RATE });
    await new Promise((resolve) => server.close(resolve));

    fs.writeFileSync(path.join(workdir, 'outbox.jsonl'), spool.map((m) => JSON.stringify(m)).join('\n'));
    await log.close();
    console.log(`replayed ${tally.sent} transactions in ${tally.seconds.toFixed(2)}s (${Math.round(tally.sent / tally.seconds)}/s)`);
    console.log(`by kind ${JSON.stringify(tally.byKind)}`);
    console.log(`by status ${JSON.stringify(stats.byStatus)}`);
    console.log(`desk ${JSON.stringify(desk.counters)}; notifications spooled ${notifier.sent}; log lines ${log.written}`);
    console.log(`desk clock ended at ${new Date(clock.now()).toISOString()}`);
  } finally {
    fs.rmSync(workdir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
