'use strict';

const https = require('https');
const { matchEvents } = require('./season');

// Local stand-in for the data provider's partner endpoint (mutual TLS).
function startProviderStub({ key, cert, ca, season, playedRounds, eventsPerMatch }) {
  const clubsByCode = new Map(season.clubs.map((c) => [c.code, c]));
  const fixtures = new Map(season.fixtures.map((f) => [f.id, f]));
  const byRound = new Map();
  for (const f of season.fixtures) {
    if (!byRound.has(f.round)) byRound.set(f.round, []);
    byRound.get(f.round).push(f);
  }
  const server = https.createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: true }, (req, res) => {
    const parts = req.url.split('?')[0].split('/').filter(Boolean);
    if (req.headers['x-api-key'] !== 'nsd-live-7731') {
      res.writeHead(403).end();
      return;
    }
    if (parts[0] === 'v2' && parts[1] === 'rounds' && parts[2]) {
      const round = Number(parts[2]);
      const list = (byRound.get(round) || []).map((f) => ({ ...f, status: round <= playedRounds ? 'FT' : 'SCHEDULED' }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list));
      return;
    }
    if (parts[0] === 'v2' && parts[1] === 'matches' && parts[3] === 'events') {
      const fixture = fixtures.get(parts[2]);
      if (!fixture || fixture.round > playedRounds) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(matchEvents(fixture, clubsByCode, eventsPerMatch)));
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

module.exports = { startProviderStub };
