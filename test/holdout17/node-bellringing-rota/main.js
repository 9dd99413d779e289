'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { writeFixtures } = require('./lib/fixtures');
const { loadRoster, loadTowers } = require('./lib/roster');
const { buildSeason } = require('./lib/calendar');
const { RotaLedger } = require('./lib/ledger');
const { RotaPlanner } = require('./lib/planner');
const { writeTowerRotas, writeRingerCards, writeAssignmentsCsv, writeCalendarFeeds, guildSummary } = require('./lib/reports');

function parseArgs(argv) {
  const opts = { towers: 50, ringers: 2250, weeks: 52, seed: 1637, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') opts.keep = true;
    else if (arg.startsWith('--')) {
      const key = arg.slice(2);
      if (!(key in opts)) throw new Error(`unknown option ${arg}`);
      opts[key] = Number(argv[++i]);
    }
  }
  return opts;
}

function main() {
  const started = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  const seasonStart = Date.UTC(2025, 8, 7); // first Sunday of the autumn season
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rota-'));
  try {
    const { towersFile, rosterFile } = writeFixtures(workDir, { towers: opts.towers, ringers: opts.ringers, seed: opts.seed, seasonStart, weeks: opts.weeks });
    const towers = loadTowers(towersFile);
    const ringers = loadRoster(rosterFile);
    const events = buildSeason(towers, { seasonStart, weeks: opts.weeks, seed: opts.seed + 1 });

    const ledger = new RotaLedger();
    const planner = new RotaPlanner({ towers, ringers, ledger });
    const rotas = planner.planSeason(events);
    const methodByEvent = new Map(rotas.map((r) => [r.event.id, r.method]));

    const outDir = path.join(workDir, 'out');
    fs.mkdirSync(outDir);
    const towerFiles = writeTowerRotas(outDir, rotas);
    const cardLines = writeRingerCards(outDir, ringers, ledger, methodByEvent);
    const csvRows = writeAssignmentsCsv(path.join(outDir, 'assignments.csv'), ledger, methodByEvent);
    const feedDir = path.join(outDir, 'calendars');
    fs.mkdirSync(feedDir);
    const feeds = writeCalendarFeeds(feedDir, ringers, ledger, methodByEvent, seasonStart - 7 * 86400000);
    const summary = guildSummary(ringers, ledger, rotas);

    console.log(JSON.stringify({
      input: { towers: towers.length, ringers: ringers.length, events: events.length },
      output: { towerFiles, cardLines, csvRows, calendarFiles: feeds.files, calendarEvents: feeds.events },
      summary,
      elapsedMs: Date.now() - started,
    }, null, 2));
  } finally {
    if (!opts.keep) fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
