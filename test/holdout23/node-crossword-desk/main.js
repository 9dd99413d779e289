'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { createRng } = require('./lib/rng');
const { PuzzleStore } = require('./lib/puzzle-store');
const { AccountStore, SessionTable } = require('./lib/accounts');
const { Leaderboard } = require('./lib/leaderboard');
const { Metrics } = require('./lib/metrics');
const { createApp } = require('./lib/server');
const { runSolver } = require('./lib/loadgen');

const PUZZLES = 36;
const SOLVERS = 12;
const SITTINGS_PER_SOLVER = 12;

async function main() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossword-desk-'));
  try {
    const rng = createRng(20240611);
    const store = new PuzzleStore(workDir);
    const puzzleIds = store.generate(PUZZLES, rng);

    const accounts = new AccountStore();
    const users = [];
    for (let i = 0; i < SOLVERS; i++) {
      const username = `solver${String(i + 1).padStart(3, '0')}`;
      const password = `across-and-down-${i * 7919}`;
      await accounts.register(username, password, Buffer.from(`salt:${username}`));
      users.push({ username, password });
    }

    const sessions = new SessionTable('desk-session-secret');
    const leaderboard = new Leaderboard();
    const metrics = new Metrics();
    const server = createApp({ store, accounts, sessions, leaderboard, metrics });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();

    const solutions = new Map(puzzleIds.map((id) => [id, store.get(id).solution.split('')]));
    const agent = new http.Agent({ keepAlive: true, maxSockets: SOLVERS });
    const results = await Promise.all(
      users.map((u, i) => {
        const mine = [];
        for (let k = 0; k < SITTINGS_PER_SOLVER; k++) mine.push(puzzleIds[(i * 5 + k * 3) % puzzleIds.length]);
        return runSolver({ port, agent, ...u, puzzles: mine, solutions, rng: createRng(1000 + i) });
      }),
    );
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));

    const flat = results.flat();
    const completed = flat.filter((r) => r.complete).length;
    const report = {
      sittings: flat.length,
      completed,
      averageChecks: flat.reduce((s, r) => s + r.checks, 0) / flat.length,
      bestScores: puzzleIds.slice(0, 5).map((id) => ({ id, top: leaderboard.top(id, 3) })),
      routes: metrics.summary(),
    };
    fs.writeFileSync(path.join(workDir, 'report.json'), JSON.stringify(report, null, 2));
    console.log(`sittings ${report.sittings}, completed ${completed}, avg checks ${report.averageChecks.toFixed(1)}`);
    for (const r of report.routes) {
      console.log(
        `${r.route.padEnd(34)} n=${String(r.count).padStart(5)} err=${r.errors} p50=${r.p50.toFixed(2)}ms p95=${r.p95.toFixed(2)}ms`,
      );
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
