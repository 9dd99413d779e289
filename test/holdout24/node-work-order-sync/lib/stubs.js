'use strict';

// Local stand-ins for the two upstream systems: the CMMS (plain HTTP) and the
// asset register (HTTPS, self-signed test certificate).
const http = require('http');
const https = require('https');
const fs = require('fs');
const path = require('path');
const { createRandom } = require('./prng');

const TRADES = ['HVAC', 'Electrical', 'Plumbing', 'Fire', 'Lifts', 'Fabric', 'Security'];
const PRIORITIES = ['P1', 'P2', 'P3', 'P4'];
const SITES = ['Riverside Plaza', 'Kingsway House', 'Harbour Point', 'Elmfield Campus', 'Victoria Works'];
const CONTRACTORS = ['Apex FM', 'Northgate Mechanical', 'Sparkline Electrical', 'Torrent Plumbing', 'Liftwise', 'Firecrest'];

function buildWorkOrders(seed, count, assetCount) {
  const rnd = createRandom(seed);
  const base = Date.UTC(2026, 1, 2, 7, 0, 0);
  const orders = [];
  for (let i = 0; i < count; i++) {
    const raised = base + rnd.int(0, 27 * 24 * 60) * 60000;
    const priority = rnd.pick(PRIORITIES);
    const attendedAfter = rnd.int(10, priority === 'P1' ? 400 : 3000) * 60000;
    const fixedAfter = attendedAfter + rnd.int(20, 6000) * 60000;
    orders.push({
      id: `WO-${String(500000 + i)}`,
      site: rnd.pick(SITES),
      assetId: `AST-${String(rnd.int(1, assetCount)).padStart(5, '0')}`,
      trade: rnd.pick(TRADES),
      priority,
      contractor: rnd.pick(CONTRACTORS),
      summary: `${rnd.pick(['Fault reported', 'Planned task', 'Inspection', 'Reactive repair'])} - ${rnd.pick(['no cooling', 'tripped breaker', 'leak at valve', 'door closer failed', 'alarm panel fault', 'lift stuck at floor', 'blocked gully'])}`,
      raisedAt: new Date(raised).toISOString(),
      attendedAt: rnd.chance(0.93) ? new Date(raised + attendedAfter).toISOString() : null,
      completedAt: rnd.chance(0.8) ? new Date(raised + fixedAfter).toISOString() : null,
      labourHours: rnd.int(1, 40) / 4,
      materials: rnd.int(0, 90000) / 100,
    });
  }
  return orders;
}

function sendJson(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function startCmmsStub({ seed, count, assetCount, pageSize }) {
  const orders = buildWorkOrders(seed, count, assetCount);
  const received = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://cmms.local');
    if (req.method === 'GET' && url.pathname === '/api/v2/workorders') {
      const page = Number(url.searchParams.get('page') || 0);
      const slice = orders.slice(page * pageSize, (page + 1) * pageSize);
      return sendJson(res, 200, { page, pageSize, total: orders.length, items: slice, more: (page + 1) * pageSize < orders.length });
    }
    const m = /^\/api\/v2\/workorders\/([\w-]+)\/(sync|costs|asset)$/.exec(url.pathname);
    if (req.method === 'POST' && m) {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const doc = received.get(m[1]) || {};
        doc[m[2]] = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        received.set(m[1], doc);
        sendJson(res, 202, { accepted: m[1] });
      });
      return undefined;
    }
    return sendJson(res, 404, { error: 'not found' });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, received })));
}

function startAssetRegisterStub({ seed, assetCount }) {
  const rnd = createRandom(seed);
  const assets = new Map();
  for (let i = 1; i <= assetCount; i++) {
    const id = `AST-${String(i).padStart(5, '0')}`;
    assets.set(id, {
      id,
      description: `${rnd.pick(['Air handling unit', 'Fan coil unit', 'Distribution board', 'Booster pump', 'Passenger lift', 'Fire alarm panel', 'Roller shutter'])} ${rnd.int(1, 40)}`,
      location: `Level ${rnd.int(-1, 14)}, zone ${rnd.pick(['A', 'B', 'C', 'D'])}`,
      installed: `${rnd.int(1998, 2024)}-0${rnd.int(1, 9)}-15`,
      criticality: rnd.int(1, 5),
      warrantyUntil: rnd.chance(0.3) ? `202${rnd.int(6, 9)}-12-31` : null,
      replacementCost: rnd.int(800, 250000),
    });
  }
  const dir = path.join(__dirname, '..', 'fixtures');
  const server = https.createServer({
    key: fs.readFileSync(path.join(dir, 'asset-register-stub.key')),
    cert: fs.readFileSync(path.join(dir, 'asset-register-stub.crt')),
  }, (req, res) => {
    const m = /^\/register\/assets\/([\w-]+)$/.exec(req.url);
    const asset = m && assets.get(m[1]);
    if (!asset) return sendJson(res, 404, { error: 'unknown asset' });
    return sendJson(res, 200, asset);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })));
}

module.exports = { startCmmsStub, startAssetRegisterStub };
