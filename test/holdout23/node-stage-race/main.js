'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRng } = require('./lib/rng');
const { RiderRegistry } = require('./lib/riders');
const { TeamRegistry } = require('./lib/teams');
const { buildPeloton } = require('./lib/peloton');
const { buildRace } = require('./lib/course');
const { writeChipExport } = require('./lib/simulate');
const { readChipExport } = require('./lib/timing');
const { RaceStandings } = require('./lib/classification');
const { stageSummary, writeClassifications } = require('./lib/report');

const SEASON = [
  { name: 'giro-del-sud', stages: 21 },
  { name: 'ronde-van-de-polders', stages: 8 },
  { name: 'vuelta-a-la-meseta', stages: 10 },
  { name: 'tour-des-vosges', stages: 7 },
  { name: 'volta-del-ebre', stages: 9 },
];

function processRace(race, workDir, rng, riders, teams) {
  const stages = buildRace(race.name, race.stages, rng);
  const rawDir = path.join(workDir, 'chip', race.name);
  fs.mkdirSync(rawDir, { recursive: true });
  const abandoned = new Set();
  const files = stages.map((stage) => writeChipExport(rawDir, stage, riders.all(), rng, abandoned));

  const standings = new RaceStandings(race.name, riders);
  const teamTotals = new Map();
  const totals = { lines: 0, rejected: 0, duplicates: 0, unknownBib: 0 };
  const summaries = [];
  stages.forEach((stage, i) => {
    const { crossings, stats } = readChipExport(files[i], riders, teams);
    for (const k of Object.keys(totals)) totals[k] += stats[k];
    const finishers = standings.applyStage(stage, crossings);
    const results = new Map(finishers.map((f) => [f.rider.bib, { finished: true, time: f.time }]));
    for (const t of teams.stageTeamTimes(results, riders)) teamTotals.set(t.team, (teamTotals.get(t.team) || 0) + t.time);
    summaries.push(stageSummary(stage, finishers, standings.movements()));
  });
  const outDir = path.join(workDir, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const jerseys = writeClassifications(outDir, race.name, standings, teamTotals);
  fs.writeFileSync(path.join(outDir, `${race.name}-stages.txt`), summaries.join('\n\n') + '\n');
  return { race: race.name, stages: stages.length, totals, jerseys, finishers: standings.general().length };
}

function main() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stage-race-'));
  try {
    const rng = createRng(1903);
    const riders = new RiderRegistry();
    const teams = new TeamRegistry();
    buildPeloton(rng, teams, riders);
    for (const race of SEASON) {
      const r = processRace(race, workDir, rng, riders, teams);
      console.log(`${r.race}: ${r.stages} stages, ${r.finishers} classified, ${r.totals.lines} chip reads ` +
        `(${r.totals.rejected} unreadable, ${r.totals.duplicates} duplicates)`);
      console.log(`  yellow ${r.jerseys.yellow} | green ${r.jerseys.green} | polka ${r.jerseys.polka} | white ${r.jerseys.white}`);
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
