'use strict';

const http = require('http');
const { quoteSkipHire, AvailabilityBook } = require('./pricing');
const { DEPOTS } = require('./tariff');

const depotsById = new Map(DEPOTS.map((d) => [d.id, d]));

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (err) {
        resolve(null);
      }
    });
    req.on('error', reject);
  });
}

function sendJson(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function createSkipHireServer(accounts) {
  const book = new AvailabilityBook();
  const stats = { quotes: 0, bookings: 0, refused: 0, unauthorised: 0 };
  const recentQuotes = new Map();
  let quoteSeq = 0;

  async function route(req, res) {
    const account = accounts.get(req.headers['x-api-key']);
    if (!account) {
      stats.unauthorised++;
      return sendJson(res, 401, { error: 'unknown api key' });
    }
    const payload = await readJson(req);
    if (!payload) return sendJson(res, 400, { error: 'malformed json' });

    if (req.url === '/v1/quotes') {
      const quote = quoteSkipHire(payload, book);
      if (quote.error) {
        stats.refused++;
        return sendJson(res, 422, quote);
      }
      const quoteId = `Q${(++quoteSeq).toString(36).toUpperCase()}`;
      const discount = account.tradeDiscount;
      for (const opt of quote.options) opt.tradeTotal = Math.round(opt.total * (1 - discount) * 100) / 100;
      recentQuotes.set(quoteId, { request: payload, options: quote.options, account: account.id });
      if (recentQuotes.size > 2000) recentQuotes.delete(recentQuotes.keys().next().value);
      stats.quotes++;
      return sendJson(res, 200, { quoteId, ...quote });
    }
    if (req.url === '/v1/bookings') {
      const held = recentQuotes.get(payload.quoteId);
      if (!held) return sendJson(res, 404, { error: 'quote expired' });
      const option = held.options[payload.option] || held.options[0];
      book.hold(depotsById.get(option.depot), option.size, held.request.startDay, option.days);
      recentQuotes.delete(payload.quoteId);
      stats.bookings++;
      return sendJson(res, 201, { bookingRef: `BK-${payload.quoteId}`, depot: option.depot, size: option.size, days: option.days, total: option.display });
    }
    return sendJson(res, 404, { error: 'not found' });
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((err) => sendJson(res, 500, { error: err.message }));
  });
  server.keepAliveTimeout = 30000;
  return { server, stats, book };
}

module.exports = { createSkipHireServer };
