'use strict';

const http = require('http');
const { authenticateTenant, AuthError } = require('./auth');
const { renderStatement, sendDocument } = require('./statements');
const { blockArrears } = require('./arrears');
const { renderHandbook } = require('./handbook');

function sendJson(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function createPortalServer({ portfolio, repairDesk, clock }) {
  const tenancyList = [...portfolio.tenancies.values()];
  const stats = { requests: 0, byRoute: {} };

  async function route(req, res) {
    const url = new URL(req.url, 'http://portal.local');
    const ref = authenticateTenant(req, portfolio.credentials);
    const tenancy = portfolio.tenancies.get(ref);
    if (req.method === 'GET' && url.pathname === '/api/tenancy') {
      return sendJson(res, 200, {
        ref: tenancy.ref, unit: tenancy.unit, block: tenancy.block, address: tenancy.address,
        monthlyRent: tenancy.monthlyRent, entries: tenancy.ledger.length,
      });
    }
    if (req.method === 'GET' && url.pathname === '/api/statement') {
      const statement = renderStatement(tenancy);
      return sendDocument(req, res, statement.text, 'text/plain; charset=utf-8');
    }
    if (req.method === 'GET' && url.pathname === '/api/documents/handbook') {
      const text = renderHandbook(tenancy.block, portfolio.serviceLogs.get(tenancy.block));
      return sendDocument(req, res, text, 'text/plain; charset=utf-8');
    }
    if (req.method === 'POST' && url.pathname === '/api/repairs') {
      const body = JSON.parse(await readBody(req));
      const result = repairDesk.submit(tenancy, body, clock());
      return sendJson(res, result.status, result.body);
    }
    if (req.method === 'GET' && url.pathname === '/api/block/arrears') {
      return sendJson(res, 200, blockArrears(tenancyList, tenancy.block, '2026-06-30'));
    }
    return sendJson(res, 404, { error: 'not found' });
  }

  const server = http.createServer((req, res) => {
    stats.requests += 1;
    const key = `${req.method} ${req.url.split('?')[0]}`;
    stats.byRoute[key] = (stats.byRoute[key] || 0) + 1;
    route(req, res).catch((err) => {
      if (err instanceof AuthError) return sendJson(res, err.status, { error: err.message });
      return sendJson(res, 500, { error: String(err.message) });
    });
  });
  server.keepAliveTimeout = 5000;
  return { server, stats };
}

module.exports = { createPortalServer };
