'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRandom } = require('./lib/random');
const { writeAdtFeed } = require('./lib/hl7-writer');
const { readMessages } = require('./lib/hl7');
const { CensusEngine, HOUR } = require('./lib/census');
const { occupancyStats, bedRequirement, lengthOfStay } = require('./lib/analysis');
const { Pseudonymiser, writeExtract, fileDigest } = require('./lib/extract');
const { renderReport } = require('./lib/report');
const { Logger } = require('./lib/logger');

const START = Date.UTC(2022, 3, 1);

function parseArgs(argv) {
  const opts = { days: 2200, admissionsPerDay: 66 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--days') opts.days = Number(argv[++i]);
    if (argv[i] === '--admissions') opts.admissionsPerDay = Number(argv[++i]);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = new Logger();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bed-census-'));
  try {
    const feedFile = path.join(workDir, 'adt-feed.hl7');
    const rand = createRandom(20220401);
    const feed = await writeAdtFeed(feedFile, rand, { start: START, days: opts.days, admissionsPerDay: opts.admissionsPerDay });
    log.info(`feed written: ${feed.messages} messages`);

    const hours = opts.days * 24;
    const census = new CensusEngine(START, hours, log);
    const parsed = await readMessages(feedFile, (msg) => census.apply(msg));
    census.finish(START + hours * HOUR);

    const occupancy = occupancyStats(census);
    const requirement = bedRequirement(census);
    const los = lengthOfStay(census.stays);

    const pseudonymiser = new Pseudonymiser(Buffer.from('commissioning-extract-2024', 'utf8'));
    const extractFile = path.join(workDir, 'stays-extract.csv');
    const rows = await writeExtract(extractFile, census.stays, pseudonymiser);
    const digest = await fileDigest(extractFile);

    const report = renderReport({
      period: { from: new Date(START).toISOString().slice(0, 10), to: new Date(START + hours * HOUR).toISOString().slice(0, 10) },
      census,
      occupancy,
      requirement,
      los,
      extract: { rows, patients: pseudonymiser.cache.size, digest },
    });
    fs.writeFileSync(path.join(workDir, 'census-report.txt'), `${report}\n`);
    console.log(`bed census: ${parsed} ADT messages, ${feed.episodes} episodes`);
    console.log(report);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
