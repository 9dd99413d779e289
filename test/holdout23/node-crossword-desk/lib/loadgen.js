'use strict';

const http = require('http');
const zlib = require('zlib');
const { BLOCK, EMPTY } = require('./grid');

class ApiClient {
  constructor(port, agent) {
    this.port = port;
    this.agent = agent;
    this.token = null;
  }

  request(method, path, payload) {
    const body = payload ? Buffer.from(JSON.stringify(payload)) : null;
    const headers = { 'accept-encoding': 'gzip' };
    if (body) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = body.length;
    }
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const raw = Buffer.concat(chunks);
            const decode = (buf) => resolve({ status: res.statusCode, body: JSON.parse(buf.toString('utf8')) });
            if (res.headers['content-encoding'] === 'gzip') {
              zlib.gunzip(raw, (err, out) => (err ? reject(err) : decode(out)));
            } else {
              decode(raw);
            }
          });
        },
      );
      req.on('error', reject);
      if (body) req.write(body);
      req.end();
    });
  }
}

// A solver works through a puzzle entry by entry, checking every few answers,
// correcting what the check flags, and submitting when the grid is full.
async function solvePuzzle(client, puzzleId, solution, rng) {
  const started = Date.now();
  const view = (await client.request('GET', `/api/puzzles/${puzzleId}`)).body;
  const fill = view.pattern.split('').map((c) => (c === BLOCK ? BLOCK : EMPTY));
  const order = view.clues.slice().sort(() => rng.next() - 0.5);
  const byId = new Map(view.clues.map((c) => [c.id, c]));
  let checks = 0;
  for (let i = 0; i < order.length; i++) {
    const clue = order[i];
    for (const p of clue.positions) {
      fill[p] = rng.chance(0.04) ? 'X' : solution[p];
    }
    if (i % 2 === 1 || i === order.length - 1) {
      const res = await client.request('POST', `/api/puzzles/${puzzleId}/check`, { fill: fill.join('') });
      checks++;
      for (const e of res.body.entries) {
        if (e.status !== 'wrong') continue;
        for (const p of byId.get(e.id).positions) fill[p] = solution[p];
      }
    }
  }
  const res = await client.request('POST', `/api/puzzles/${puzzleId}/submit`, {
    fill: fill.join(''),
    elapsedMs: Date.now() - started,
  });
  return { puzzleId, checks, ...res.body };
}

async function runSolver({ port, agent, username, password, puzzles, solutions, rng }) {
  const client = new ApiClient(port, agent);
  const outcomes = [];
  for (const puzzleId of puzzles) {
    // each sitting starts from the login screen, as the app does after a timeout
    const login = await client.request('POST', '/api/login', { username, password });
    if (login.status !== 200) throw new Error(`login failed for ${username}`);
    client.token = login.body.token;
    outcomes.push(await solvePuzzle(client, puzzleId, solutions.get(puzzleId), rng));
    await client.request('POST', '/api/logout');
    client.token = null;
  }
  return outcomes;
}

module.exports = { runSolver };
