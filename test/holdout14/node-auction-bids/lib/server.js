'use strict';

const http = require('http');
const { LotSearch } = require('./search');
const { lotSummary, lotDetail, currentPrice } = require('./present');
const { nextIncrement } = require('./catalog');

const MAX_BODY = 16 * 1024;

function sendJson(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function authenticate(req, bidders) {
  const header = req.headers.authorization || '';
  if (!header.startsWith('Bearer ')) return null;
  const raw = header.slice(7);
  const dot = raw.indexOf('.');
  if (dot < 0) return null;
  return bidders.verifyToken(raw.slice(0, dot), raw.slice(dot + 1));
}

function createAuctionServer({ catalog, bidders }) {
  const search = new LotSearch(catalog);
  const stats = { requests: 0, bidsAccepted: 0, bidsRejected: 0, unauthorized: 0 };

  async function handle(req, res) {
    stats.requests++;
    const bidder = authenticate(req, bidders);
    if (!bidder) {
      stats.unauthorized++;
      return sendJson(res, 401, { error: 'unauthorized' });
    }
    const url = new URL(req.url, 'http://auction.local');
    const parts = url.pathname.split('/').filter(Boolean);

    if (req.method === 'GET' && parts.length === 1 && parts[0] === 'lots') {
      const found = search.search({
        q: url.searchParams.get('q'),
        category: url.searchParams.get('category'),
        maxEstimate: Number(url.searchParams.get('max')) || 0,
        limit: 8,
      });
      return sendJson(res, 200, {
        total: found.total,
        lots: found.results.map((r) => ({ ...lotSummary(r.lot, bidder.locale), snippet: r.snippet })),
      });
    }

    if (parts[0] === 'lots' && parts.length >= 2) {
      const lot = catalog.get(parts[1]);
      if (!lot) return sendJson(res, 404, { error: 'no such lot' });
      const price = currentPrice(lot);
      const minimum = lot.bids.length ? price + nextIncrement(price) : lot.startingBid;

      if (req.method === 'GET' && parts.length === 2) {
        return sendJson(res, 200, lotDetail(lot, bidder.locale, minimum));
      }

      if (req.method === 'POST' && parts[2] === 'bids') {
        let body;
        try {
          body = JSON.parse(await readBody(req));
        } catch {
          return sendJson(res, 400, { error: 'invalid body' });
        }
        const amount = Math.floor(Number(body.amount));
        if (!Number.isFinite(amount) || amount < minimum) {
          stats.bidsRejected++;
          return sendJson(res, 409, { error: 'bid below minimum', minimum });
        }
        if (amount > bidder.creditLimit) {
          stats.bidsRejected++;
          return sendJson(res, 402, { error: 'exceeds credit limit' });
        }
        lot.bids.push({ bidder: bidder.id, paddle: bidder.paddle, amount, at: Date.now() });
        stats.bidsAccepted++;
        return sendJson(res, 201, { accepted: true, lot: lot.id, amount, nextMinimum: amount + nextIncrement(amount) });
      }
    }
    return sendJson(res, 404, { error: 'not found' });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) sendJson(res, 500, { error: err.message });
      else res.destroy(err);
    });
  });
  server.keepAliveTimeout = 5000;
  server.stats = stats;
  return server;
}

module.exports = { createAuctionServer };
