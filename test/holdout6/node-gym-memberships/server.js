'use strict';

const http = require('http');
const zlib = require('zlib');
const { classesFor } = require('./schedule');
const { Logger } = require('./logger');

const log = new Logger('checkin', 'info', { withCaller: true });

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function createCheckinServer(store) {
  const stats = { ok: 0, denied: 0, frozen: 0 };

  async function handleCheckin(req, res) {
    const payload = JSON.parse(await readBody(req));
    const member = store.byCard.get(payload.card);
    log.debug(`check-in attempt at ${payload.club}: ${JSON.stringify(member)}`, { payload });
    if (!member || !store.verifyPin(member, payload.pin)) {
      stats.denied++;
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end('{"error":"denied"}');
      return;
    }
    if (member.frozen) {
      stats.frozen++;
      res.writeHead(409, { 'content-type': 'application/json' });
      res.end('{"error":"membership frozen"}');
      return;
    }
    member.visits++;
    const today = classesFor(payload.club, payload.day, member.plan);
    log.info('member checked in', { card: member.card, club: payload.club, plan: member.plan });
    for (const c of today) log.info('class offered', { card: member.card, classId: c.id, start: c.start });
    stats.ok++;
    const body = JSON.stringify({ welcome: member.name, visits: member.visits, classes: today });
    if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(zlib.gzipSync(body, { level: 9 }));
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    }
  }

  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/checkin') {
      handleCheckin(req, res).catch((err) => {
        log.warn('checkin failed', { err: err.message });
        res.writeHead(500);
        res.end();
      });
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return { server, stats };
}

module.exports = { createCheckinServer };
