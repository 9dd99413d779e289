'use strict';
const http = require('http');
const { verifyMemberPin } = require('./auth');
const { transferValue } = require('./valuation');
const { renderStatement } = require('./statement');

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

function createQuoteServer(registry) {
  const stats = { quotes: 0, rejected: 0, totalValue: 0 };
  async function handleQuote(req, res) {
    const request = JSON.parse(await readBody(req));
    const member = registry.members.get(request.memberRef);
    if (!member || !verifyMemberPin(member, request.pin)) {
      stats.rejected++;
      return send(res, 401, { error: 'member not recognised' });
    }
    const scheme = registry.schemes.get(member.schemeId);
    const quote = transferValue(member, scheme, request.overrides);
    const statement = renderStatement(quote, member, scheme);
    stats.quotes++;
    stats.totalValue += quote.net;
    send(res, 200, { memberRef: member.ref, transferValue: Math.round(quote.net * 100) / 100, statement });
  }
  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/v1/transfer-quotes') {
      handleQuote(req, res).catch((err) => send(res, 500, { error: err.message }));
    } else if (req.url === '/health') {
      send(res, 200, { ok: true });
    } else {
      send(res, 404, { error: 'not found' });
    }
  });
  return { server, stats };
}

module.exports = { createQuoteServer };
