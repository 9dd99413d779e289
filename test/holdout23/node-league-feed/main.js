'use strict';

const fs = require('fs');
const path = require('path');
const { createRng } = require('./lib/rng');
const { buildSeason } = require('./lib/season');
const { startProviderStub } = require('./lib/provider-stub');
const { LeagueTable } = require('./lib/league');
const { SyncWorker } = require('./lib/sync');
const { createApi } = require('./lib/api');
const { runFans } = require('./lib/loadgen');
const { projectFinalTable } = require('./lib/projection');

const PLAYED_ROUNDS = 30;
const EVENTS_PER_MATCH = 900;
const SIMULATIONS = 1000;

function fixture(name) {
  return fs.readFileSync(path.join(__dirname, 'lib', 'fixtures', name), 'utf8');
}

async function main() {
  const season = buildSeason(2024);
  const ca = fixture('partner-ca.pem');
  const provider = await startProviderStub({
    key: fixture('feed-server.key'),
    cert: fixture('feed-server.pem'),
    ca,
    season,
    playedRounds: PLAYED_ROUNDS,
    eventsPerMatch: EVENTS_PER_MATCH,
  });

  const table = new LeagueTable(season.clubs);
  const playerStats = new Map();
  const sync = new SyncWorker({
    feedConfig: {
      baseUrl: `https://127.0.0.1:${provider.address().port}`,
      ca,
      cert: fixture('league-sync-client.pem'),
      key: fixture('league-sync-client.key'),
      apiKey: 'nsd-live-7731',
    },
    table,
    playerStats,
  });

  const api = createApi({ table, playerStats, sync, simulations: SIMULATIONS });
  await new Promise((resolve) => api.listen(0, '127.0.0.1', resolve));

  const [counters, fanRequests] = await Promise.all([
    sync.run(38),
    runFans({ port: api.address().port, clubs: season.clubs.map((c) => c.code), fans: 6, refreshes: 25, rng: createRng(77) }),
  ]);

  await new Promise((resolve) => api.close(resolve));
  await new Promise((resolve) => provider.close(resolve));

  const standings = table.standings();
  console.log(`synced ${counters.rounds} rounds, ${counters.matches} matches, ${counters.events} events; fans made ${fanRequests} page views`);
  standings.slice(0, 6).forEach((r, i) =>
    console.log(`${String(i + 1).padStart(2)}. ${r.name.padEnd(20)} P${r.played} W${r.won} D${r.drawn} L${r.lost} GD${r.gd} ${r.points}pts ${r.form}`),
  );
  const projection = projectFinalTable(table, sync.remaining, SIMULATIONS, 1);
  console.log(`title odds: ${projection.slice(0, 3).map((p) => `${p.code} ${(p.title * 100).toFixed(1)}%`).join(', ')}`);
  const scorers = [...playerStats.values()].sort((a, b) => b.goal - a.goal || a.player.localeCompare(b.player)).slice(0, 3);
  console.log(`top scorers: ${scorers.map((p) => `${p.player} ${p.goal}`).join(', ')}`);
  for (const [route, list] of api.latencies) {
    const sorted = list.sort((a, b) => a - b);
    console.log(`${route.padEnd(16)} n=${String(sorted.length).padStart(4)} p50=${sorted[sorted.length >> 1].toFixed(1)}ms max=${sorted[sorted.length - 1].toFixed(1)}ms`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
