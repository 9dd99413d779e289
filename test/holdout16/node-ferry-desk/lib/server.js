'use strict';

const http = require('http');
const { Router } = require('./router');

const MAX_BODY = 64 * 1024;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!size) return resolve(null);
      try {
        resolve(JSON.parse(Buffer.concat(chunks, size).toString('utf8')));
      } catch (e) {
        reject(Object.assign(new Error('malformed JSON'), { status: 400 }));
      }
    });
    req.on('error', reject);
  });
}

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

function createServer(handlers) {
  const router = new Router()
    .add('GET', '/api/sailings', handlers.searchSailings)
    .add('GET', '/api/departures', handlers.departures)
    .add('POST', '/api/bookings', handlers.createBooking)
    .add('GET', '/api/bookings/:ref', handlers.getBooking)
    .add('DELETE', '/api/bookings/:ref', handlers.cancelBooking)
    .add('GET', '/healthz', handlers.health);

  const counters = { requests: 0, errors: 0 };

  const server = http.createServer(async (req, res) => {
    counters.requests++;
    const url = new URL(req.url, 'http://ferry.local');
    const route = router.match(req.method, url.pathname);
    if (!route) return send(res, 404, { error: 'not found' });
    try {
      const body = req.method === 'POST' || req.method === 'PUT' ? await readBody(req) : null;
      const out = route.handler(req, url, route.params, body);
      send(res, out.status, out.body);
    } catch (err) {
      const status = err.status || 500;
      if (status >= 500) {
        counters.errors++;
        console.error('request failed', req.method, req.url, err);
      }
      send(res, status, { error: err.message });
    }
  });
  server.keepAliveTimeout = 5000;
  return { server, counters };
}

module.exports = { createServer };
