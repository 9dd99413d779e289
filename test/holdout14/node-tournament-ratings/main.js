'use strict';

// Club-league rating tool: rates a season's game archive with Glicko-2 and
// prints standings plus opening statistics.
//   node main.js [--players N] [--weeks N] [--games-per-week N] [--top N]
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { once } = require('events');
const { writeArchive } = require('./lib/archive');
const { League } = require('./lib/league');
const { parseGameRecord } = require('./lib/records');

function parseArgs(argv) {
  const opts = { players: 3000, weeks: 52, gamesPerWeek: 12000, top: 12 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (key in opts) opts[key] = Number(argv[i + 1]);
  }
  return opts;
}

async function rateArchive(file, league) {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 }), crlfDelay: Infinity });
  let rejected = 0;
  rl.on('line', (line) => {
    if (!line) return;
    const game = parseGameRecord(line);
    if (game) league.ingest(game);
    else rejected++;
  });
  await once(rl, 'close');
  league.finish();
  return rejected;
}

function renderReport(league, opts) {
  const ratingFmt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
  const pctFmt = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
  const lines = [];
  const table = league.standings(20);
  lines.push(`Standings (${table.length} rated players with 20+ games)`);
  lines.push(' #  player   rating    RD    elo  games  score   perf   peak  form');
  table.slice(0, opts.top).forEach((r, i) => {
    lines.push(
      `${String(i + 1).padStart(2)}  ${r.id.padEnd(7)} ${ratingFmt.format(r.rating).padStart(7)} ${ratingFmt.format(r.rd).padStart(5)} ${ratingFmt.format(r.elo).padStart(6)} ` +
        `${String(r.games).padStart(6)} ${String(r.score).padStart(6)} ${ratingFmt.format(r.performance).padStart(6)} ${ratingFmt.format(r.best).padStart(6)} ${String(r.form).padStart(5)}`,
    );
  });
  lines.push('', 'Most played openings');
  for (const o of league.openings.top(8)) {
    lines.push(`  ${o.eco}  ${String(o.games).padStart(6)} games  white scores ${pctFmt.format(o.whiteScore)}  avg ${o.avgPlies.toFixed(0)} plies`);
  }
  const pair = league.pairings.mostFrequent();
  const first = league.periodSpread[0];
  const last = league.periodSpread[league.periodSpread.length - 1];
  lines.push('', `Rating spread: week ${first.period} sd ${first.sd.toFixed(0)} -> week ${last.period} sd ${last.sd.toFixed(0)}`);
  lines.push('', `Decisive games: ${pctFmt.format(league.decisive / league.games)}, white wins ${pctFmt.format(league.whiteWins / league.games)}`);
  if (pair) lines.push(`Most frequent pairing: P${pair.a} vs P${pair.b} (${pair.count} games)`);
  return { text: lines.join('\n'), table };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'league-ratings-'));
  try {
    const archive = path.join(dir, 'season.txt');
    const t0 = Date.now();
    const written = await writeArchive(archive, { players: opts.players, weeks: opts.weeks, gamesPerWeek: opts.gamesPerWeek, seed: 1851 });
    const t1 = Date.now();
    const league = new League(opts.players);
    const rejected = await rateArchive(archive, league);
    const t2 = Date.now();
    const { text, table } = renderReport(league, opts);
    console.log(text);
    const csv = ['player,rating,rd,games,score,performance']
      .concat(table.map((r) => `${r.id},${r.rating.toFixed(1)},${r.rd.toFixed(1)},${r.games},${r.score},${r.performance.toFixed(1)}`))
      .join('\n');
    await fsp.writeFile(path.join(dir, 'standings.csv'), csv);
    console.log(`\narchive: ${written} games written in ${t1 - t0} ms; rated ${league.games} games over ${league.periodsRated} periods in ${t2 - t1} ms (${rejected} rejected)`);
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
