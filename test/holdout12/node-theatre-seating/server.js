'use strict';

const http = require('http');
const { seatMapView } = require('./seatmap');
const { findBestBlock, HoldBook } = require('./holds');
const { quote } = require('./pricing');
const { buildSalesReport } = require('./reports');

const CONCESSION_RE = /^(adult|child|student|senior|access)$/;

function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function body(req) {
  return new Promise((resolve, reject) => {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => {
      try {
        resolve(parts.length ? JSON.parse(Buffer.concat(parts)) : {});
      } catch (e) {
        reject(e);
      }
    });
    req.on('error', reject);
  });
}

function createBoxOffice({ venue, performances, ledger, clock }) {
  const perfById = new Map(performances.map((p) => [p.id, p]));
  const onSale = performances.filter((p) => p.daysToShow > 0);
  const holds = new HoldBook(8 * 60e3);
  let orderSeq = ledger.length;
  const stats = { seatmaps: 0, holds: 0, noSeats: 0, orders: 0, released: 0, reports: 0 };

  const sweeper = setInterval(() => { stats.released += holds.expire(clock()); }, 250);
  sweeper.unref();

  const routes = [
    ['GET', /^\/performances$/, (req, res) => json(res, 200, onSale.map((p) => ({ id: p.id, title: p.title, startsAt: p.startsAt, available: p.capacity - p.soldCount - p.heldCount })))],
    ['GET', /^\/performances\/(P\d+)\/seatmap$/, (req, res, [id]) => {
      const perf = perfById.get(id);
      if (!perf) return json(res, 404, { error: 'no such performance' });
      stats.seatmaps++;
      json(res, 200, seatMapView(venue, perf));
    }],
    ['POST', /^\/performances\/(P\d+)\/holds$/, async (req, res, [id]) => {
      const perf = perfById.get(id);
      if (!perf || perf.daysToShow <= 0) return json(res, 404, { error: 'not on sale' });
      const { count = 2, level = null, concessions = [], promo = null } = await body(req);
      if (!(count >= 1 && count <= 10)) return json(res, 422, { error: 'count must be 1..10' });
      if (!concessions.every((c) => CONCESSION_RE.test(c))) return json(res, 422, { error: 'bad concession' });
      const block = findBestBlock(venue, perf, count, { level });
      if (!block) {
        stats.noSeats++;
        return json(res, 409, { error: 'no adjacent seats' });
      }
      const hold = holds.create(perf, block.seats, clock());
      hold.quote = quote(perf, block.seats, concessions, promo);
      hold.promo = promo;
      stats.holds++;
      json(res, 201, { hold: hold.id, expires: hold.expires, seats: block.seats.map((s) => s.id), quote: hold.quote });
    }],
    ['POST', /^\/holds\/(H[0-9A-Z]+)\/checkout$/, async (req, res, [id]) => {
      const payment = await body(req);
      const hold = holds.take(id);
      if (!hold) return json(res, 410, { error: 'hold expired' });
      // Re-price at checkout in case the rules changed while the customer was paying.
      const final = quote(hold.perf, hold.seats, payment.concessions || [], hold.promo);
      hold.perf.sell(hold.seats);
      const order = { id: `O${++orderSeq}`, performance: hold.perf.id, at: clock(), lines: final.lines, fee: final.fee, total: final.total, card: String(payment.card || '').slice(-4) };
      ledger.push(order);
      stats.orders++;
      json(res, 201, { order: order.id, total: order.total, seats: order.lines.map((l) => l.seat) });
    }],
    ['DELETE', /^\/holds\/(H[0-9A-Z]+)$/, (req, res, [id]) => {
      const hold = holds.take(id);
      if (hold) hold.perf.release(hold.seats);
      json(res, 200, { released: !!hold });
    }],
    ['GET', /^\/reports\/sales$/, (req, res) => {
      stats.reports++;
      json(res, 200, buildSalesReport(ledger, venue, performances));
    }],
  ];

  const server = http.createServer((req, res) => {
    for (const [method, re, handler] of routes) {
      if (req.method !== method) continue;
      const m = re.exec(req.url);
      if (!m) continue;
      Promise.resolve(handler(req, res, m.slice(1))).catch((err) => json(res, 500, { error: err.message }));
      return;
    }
    json(res, 404, { error: 'not found' });
  });
  server.stats = stats;
  return server;
}

module.exports = { createBoxOffice };
