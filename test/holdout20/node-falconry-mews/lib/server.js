'use strict';

const http = require('http');
const { buildLogPage, feedingAdvice } = require('./logbook');

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function createMewsServer(roster, registry, stats) {
  async function route(req, res) {
    const url = new URL(req.url, 'http://mews.local');
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'birds' || parts.length < 3) return send(res, 404, { error: 'not found' });
    const bird = roster.bird(parts[1]);
    if (!bird) return send(res, 404, { error: 'unknown bird' });

    if (req.method === 'GET' && parts[2] === 'log') {
      const limit = Math.min(120, Number(url.searchParams.get('limit')) || 30);
      stats.logPages++;
      return send(res, 200, buildLogPage(bird, roster.history(bird.id), limit));
    }
    if (req.method === 'GET' && parts[2] === 'advice') {
      stats.advice++;
      return send(res, 200, feedingAdvice(bird, roster.history(bird.id)));
    }
    if (req.method === 'POST' && parts[2] === 'weighings') {
      const payload = JSON.parse(await readBody(req));
      const handlerId = req.headers['x-handler'];
      if (!registry.verify(handlerId, req.headers['x-passphrase'])) {
        stats.rejected++;
        return send(res, 401, { error: 'handler not recognised' });
      }
      if (!Number.isFinite(payload.grams) || payload.grams <= 0) return send(res, 400, { error: 'bad weight' });
      const count = roster.record(bird.id, {
        takenAt: payload.takenAt, grams: payload.grams, food: payload.food, fedGrams: payload.fedGrams, flown: payload.flown,
      });
      stats.weighings++;
      return send(res, 201, { bird: bird.id, entries: count });
    }
    return send(res, 405, { error: 'method not allowed' });
  }

  return http.createServer((req, res) => {
    route(req, res).catch((err) => send(res, 500, { error: err.message }));
  });
}

module.exports = { createMewsServer };
