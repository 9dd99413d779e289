'use strict';
const http = require('http');
const { weekGrid, suggestRebooking, utilisation } = require('./salon');

const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const pct = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
const OPENING = Date.UTC(2025, 2, 3);
const dayLabel = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const ROUTE_WEEK = /^\/v1\/stylists\/(S\d+)\/week$/;

function clock(minutes) {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

function createSalonServer(salon) {
  const stylistById = new Map(salon.stylists.map((s) => [s.id, s]));
  const dayLabels = Array.from({ length: salon.days }, (_, d) => dayLabel.format(new Date(OPENING + d * 86400000)));
  const counters = { week: 0, rebook: 0, report: 0, notFound: 0 };

  function send(res, status, body) {
    const payload = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    res.end(payload);
  }

  function readBody(req, done) {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let body = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = null;
      }
      done(body);
    });
  }

  const server = http.createServer((req, res) => {
    const qs = req.url.indexOf('?');
    const pathname = qs === -1 ? req.url : req.url.slice(0, qs);
    const params = new URLSearchParams(qs === -1 ? '' : req.url.slice(qs + 1));
    const week = req.method === 'GET' ? ROUTE_WEEK.exec(pathname) : null;
    if (week) {
      const stylist = stylistById.get(week[1]);
      if (!stylist) {
        counters.notFound++;
        send(res, 404, { error: 'unknown stylist' });
        return;
      }
      const from = Number(params.get('from') || 0);
      const rows = weekGrid(salon, stylist, from).map((r) => ({ ...r, label: dayLabels[r.day] }));
      counters.week++;
      send(res, 200, { stylist: stylist.name, rows });
      return;
    }
    if (req.method === 'POST' && pathname === '/v1/rebook') {
      readBody(req, (body) => {
        if (!body || !body.service) {
          send(res, 400, { error: 'invalid body' });
          return;
        }
        const options = suggestRebooking(salon, body, 8).map((c) => ({
          ...c,
          when: `${dayLabels[c.day]} ${clock(c.start)}`,
          stylist: stylistById.get(c.stylistId).name,
          price: gbp.format(c.pricePence / 100),
        }));
        counters.rebook++;
        send(res, 200, { appointment: body.id, options });
      });
      return;
    }
    if (req.method === 'GET' && pathname === '/v1/reports/utilisation') {
      const from = Number(params.get('from') || 0);
      const rows = utilisation(salon, from, Math.min(from + 28, salon.days)).map((r) => ({
        ...r, utilisation: pct.format(r.utilisation), revenue: gbp.format(r.revenuePence / 100),
      }));
      counters.report++;
      send(res, 200, { from: dayLabels[from], rows });
      return;
    }
    counters.notFound++;
    send(res, 404, { error: 'not found' });
  });
  server.counters = counters;
  return server;
}

module.exports = { createSalonServer };
