'use strict';

// Marathon timing batch: replays the chip-read uploads of a race day,
// turns antenna reads into mat crossings, feeds the live leaderboard and
// finally produces the official results file.

const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { makeField, writeFeed } = require('./feed');
const { ResultsEngine } = require('./timing');
const { Announcer } = require('./announcer');
const { TvGraphics } = require('./graphics');
const { buildResults, writeCsv, hms } = require('./results');

const RUNNERS = Number(process.env.RUNNERS || 4200);
const SEED = 42;

async function main() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marathon-'));
  const feedFile = path.join(workDir, 'reads.txt');
  const resultsFile = path.join(workDir, 'results.csv');
  const gunTime = Date.UTC(2024, 3, 14, 7, 30, 0);

  const t0 = Date.now();
  const field = makeField(RUNNERS, SEED);
  const lines = writeFeed(field, feedFile, { gunTime, seed: SEED });
  const t1 = Date.now();

  const engine = new ResultsEngine(field, { gunTime, snapshotEvery: 300 });
  const announcer = new Announcer();
  const graphics = new TvGraphics(10);
  engine.onStandings((standings, at) => announcer.update(standings, at));
  engine.onStandings((standings, at) => graphics.render(standings, at));

  const rl = readline.createInterface({ input: fs.createReadStream(feedFile), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line) engine.ingestLine(line);
  }
  const runners = engine.finish();
  const t2 = Date.now();

  const results = buildResults(runners, gunTime);
  await writeCsv(resultsFile, results);
  const t3 = Date.now();

  const top = results.finishers.slice(0, 3).map((r) => `${r.place}. ${r.name} (${r.bib}) ${hms(r.chipMs)}`);
  console.log(JSON.stringify({
    feedLines: lines,
    stats: engine.stats,
    finishers: results.finishers.length,
    dnf: results.others.length,
    callouts: announcer.callouts.length,
    tvFrames: graphics.frames,
    podium: top,
    timings: { generateMs: t1 - t0, ingestMs: t2 - t1, resultsMs: t3 - t2 },
  }));
  fs.rmSync(workDir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
