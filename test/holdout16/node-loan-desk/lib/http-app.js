'use strict';

const http = require('http');
const { DeskError } = require('./desk');

const CARD_RE = /^2\d{6}$/;
const BARCODE_RE = /^3\d{7}$/;

function readJson(req, limit = 32 * 1024) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const parts = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(new DeskError(413, 'too-large', 'request body too large'));
        req.destroy();
      } else parts.push(chunk);
    });
    req.on('end', () => {
      if (!size) return resolve({});
      try {
        resolve(JSON.parse(Buffer.concat(parts).toString('utf8')));
      } catch (e) {
        reject(new DeskError(400, 'bad-json', 'malformed JSON body'));
      }
    });
    req.on('error', reject);
  });
}

function reply(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

function checkBarcodes(list) {
  if (!Array.isArray(list) || !list.length || list.length > 12) throw new DeskError(400, 'bad-items', 'items must be a list of 1-12 barcodes');
  for (const b of list) if (!BARCODE_RE.test(b)) throw new DeskError(400, 'bad-barcode', `bad barcode ${b}`);
  return list;
}

function checkCard(card) {
  if (!CARD_RE.test(card || '')) throw new DeskError(400, 'bad-card', 'bad library card number');
  return card;
}

function createApp({ desk, clock, log }) {
  const stats = { requests: 0, byStatus: {} };

  async function route(req, url) {
    const p = url.pathname;
    const kiosk = req.headers['x-kiosk-branch'];
    if (kiosk !== undefined) desk.assertOpen(kiosk);
    if (req.method === 'POST' && p === '/api/checkout') {
      const body = await readJson(req);
      return { status: 200, body: { items: desk.checkout(checkCard(body.card), checkBarcodes(body.items), body.branch) } };
    }
    if (req.method === 'POST' && p === '/api/return') {
      const body = await readJson(req);
      if (!BARCODE_RE.test(body.item || '')) throw new DeskError(400, 'bad-barcode', 'bad barcode');
      return { status: 200, body: desk.returnItem(body.item, body.branch) };
    }
    if (req.method === 'POST' && p === '/api/renew') {
      const body = await readJson(req);
      return { status: 200, body: { items: desk.renew(checkCard(body.card), checkBarcodes(body.items)) } };
    }
    if (req.method === 'POST' && p === '/api/holds') {
      const body = await readJson(req);
      return { status: 201, body: desk.placeHold(checkCard(body.card), body.title, body.pickup) };
    }
    if (req.method === 'GET' && p.startsWith('/api/patrons/') && p.endsWith('/account')) {
      const card = checkCard(p.slice('/api/patrons/'.length, -'/account'.length));
      return { status: 200, body: desk.account(card) };
    }
    if (req.method === 'GET' && p === '/api/search') {
      return { status: 200, body: { results: desk.search(url.searchParams.get('q') || '') } };
    }
    if (req.method === 'GET' && p === '/healthz') {
      return { status: 200, body: { ok: true, now: new Date(clock.now()).toISOString(), ...desk.counters } };
    }
    throw new DeskError(404, 'not-found', 'no such endpoint');
  }

  const server = http.createServer((req, res) => {
    stats.requests++;
    clock.tick();
    const url = new URL(req.url, 'http://desk.local');
    route(req, url)
      .then(
        (out) => out,
        (err) => {
          if (err instanceof DeskError) return { status: err.status, body: { error: err.code, message: err.message } };
          log.error('unhandled error', { path: url.pathname, err: err.stack });
          return { status: 500, body: { error: 'internal' } };
        }
      )
      .then((out) => {
        stats.byStatus[out.status] = (stats.byStatus[out.status] || 0) + 1;
        reply(res, out.status, out.body);
      });
  });
  return { server, stats };
}

module.exports = { createApp };
