'use strict';
const http = require('node:http');
const { TileStore } = require('./tile-store');

const store = new TileStore({ host: '127.0.0.1', port: 6379, prefix: 'hl:tiles:' });

const ROUTE = /^\/tiles\/([a-z-]+)\/(\d+)\/(\d+)\/(\d+)$/;

function reply(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function handle(req, res) {
  const m = ROUTE.exec(req.url);
  if (!m) return reply(res, 404, { error: 'no such route' });
  const [, layer, z, x, y] = m;
  const tile = await store.lookup(layer, Number(z), Number(x), Number(y));
  const nearby = await store.siblings(layer, Number(z), Number(x));
  reply(res, 200, { tile, nearby: nearby.length });
}

function startServer(port) {
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => reply(res, 500, { error: String(err.message) }));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

module.exports = { startServer };
