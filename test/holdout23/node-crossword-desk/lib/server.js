'use strict';

const http = require('http');
const { readJson, sendJson } = require('./http-util');
const { checkFill, scoreSubmission } = require('./grading');

function createApp({ store, accounts, sessions, leaderboard, metrics }) {
  const progress = new Map();

  async function login(req, res) {
    const body = await readJson(req);
    const account = accounts.verifyPassword(body.username, body.password);
    if (!account) return sendJson(req, res, 401, { error: 'invalid credentials' });
    return sendJson(req, res, 200, { token: sessions.open(account.username), streak: account.streak });
  }

  function getPuzzle(req, res, session, id) {
    const puzzle = store.get(id);
    if (!puzzle) return sendJson(req, res, 404, { error: 'no such puzzle' });
    progress.set(`${session.username}/${id}`, { started: Date.now(), checks: 0 });
    return sendJson(req, res, 200, store.publicView(puzzle));
  }

  async function check(req, res, session, id) {
    const puzzle = store.get(id);
    if (!puzzle) return sendJson(req, res, 404, { error: 'no such puzzle' });
    const body = await readJson(req);
    const state = progress.get(`${session.username}/${id}`);
    if (state) state.checks++;
    const result = checkFill(puzzle, body.fill);
    return sendJson(req, res, 200, {
      puzzle: id,
      filled: result.filled,
      accuracy: result.accuracy,
      entries: result.entries,
      cells: result.cells,
    });
  }

  async function submit(req, res, session, id) {
    const puzzle = store.get(id);
    if (!puzzle) return sendJson(req, res, 404, { error: 'no such puzzle' });
    const body = await readJson(req);
    const key = `${session.username}/${id}`;
    const state = progress.get(key) || { started: Date.now(), checks: 0 };
    const result = checkFill(puzzle, body.fill);
    const elapsed = body.elapsedMs || Date.now() - state.started;
    const score = scoreSubmission(result, elapsed, state.checks);
    const account = accounts.get(session.username);
    let rank = null;
    if (result.complete) {
      account.solved++;
      account.streak++;
      rank = leaderboard.record(id, session.username, score, elapsed);
    } else {
      account.streak = 0;
    }
    progress.delete(key);
    return sendJson(req, res, 200, { complete: result.complete, score, rank, top: leaderboard.top(id, 5) });
  }

  async function route(req, res) {
    const url = new URL(req.url, 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean);
    if (req.method === 'POST' && url.pathname === '/api/login') return login(req, res);
    const session = sessions.lookup(req.headers.authorization);
    if (!session) return sendJson(req, res, 401, { error: 'login required' });
    if (parts[0] === 'api' && parts[1] === 'puzzles' && parts[2]) {
      if (req.method === 'GET' && parts.length === 3) return getPuzzle(req, res, session, parts[2]);
      if (req.method === 'POST' && parts[3] === 'check') return check(req, res, session, parts[2]);
      if (req.method === 'POST' && parts[3] === 'submit') return submit(req, res, session, parts[2]);
    }
    if (req.method === 'POST' && url.pathname === '/api/logout') {
      sessions.close(req.headers.authorization);
      return sendJson(req, res, 200, { ok: true });
    }
    return sendJson(req, res, 404, { error: 'not found' });
  }

  return http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => metrics.observe(req.method, req.url, res.statusCode, started));
    route(req, res).catch((err) => {
      if (!res.headersSent) sendJson(req, res, 500, { error: err.message });
    });
  });
}

module.exports = { createApp };
