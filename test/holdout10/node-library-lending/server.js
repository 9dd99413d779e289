'use strict';

const http = require('http');
const zlib = require('zlib');

function send(req, res, status, obj) {
  let body = Buffer.from(JSON.stringify(obj));
  const headers = { 'content-type': 'application/json; charset=utf-8' };
  if (body.length > 1024 && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
    body = zlib.gzipSync(body, { level: zlib.constants.Z_BEST_COMPRESSION });
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(body);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try { resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))); } catch (e) { reject(e); }
    });
    req.on('error', reject);
  });
}

const ROUTES = [
  { method: 'GET', pattern: /^\/v1\/titles\/(\d{13})\/availability$/, name: 'availability' },
  { method: 'POST', pattern: /^\/v1\/loans$/, name: 'checkout' },
  { method: 'POST', pattern: /^\/v1\/returns$/, name: 'checkin' },
  { method: 'GET', pattern: /^\/v1\/members\/(M\d+)\/history$/, name: 'history' },
];

function createServer(circulation) {
  const handlers = {
    availability: (req, url, m) => {
      const result = circulation.availability(m[1], url.searchParams.get('member'));
      return result ? [200, result] : [404, { error: 'unknown title' }];
    },
    checkout: async (req) => {
      const body = await readJson(req);
      const r = circulation.checkout(body.member, body.isbn, body.branch);
      return [r.ok ? 201 : r.code === 'NOT_FOUND' ? 404 : 409, r];
    },
    checkin: async (req) => {
      const body = await readJson(req);
      const r = circulation.checkin(body.member, body.copy);
      return [r.ok ? 200 : 404, r];
    },
    history: (req, url, m) => {
      const h = circulation.history(m[1]);
      return h ? [200, h] : [404, { error: 'unknown member' }];
    },
  };

  return http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://library.local');
    const route = ROUTES.find((r) => r.method === req.method && r.pattern.test(url.pathname));
    if (!route) return send(req, res, 404, { error: 'no route' });
    try {
      const [status, payload] = await handlers[route.name](req, url, url.pathname.match(route.pattern));
      send(req, res, status, payload);
    } catch (err) {
      send(req, res, 500, { error: err.message });
    }
  });
}

module.exports = { createServer };
