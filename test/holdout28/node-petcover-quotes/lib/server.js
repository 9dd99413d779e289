'use strict';

const http = require('http');
const crypto = require('crypto');
const { verifyBrokerKey } = require('./brokers');
const { priceQuote } = require('./underwriting');
const { redactOwnerDetails } = require('./redaction');

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function createQuoteServer(registry) {
  const quoteLog = [];
  const stats = { quoted: 0, rejected: 0, declined: 0 };

  async function handleQuote(req, res) {
    const broker = verifyBrokerKey(registry, req.headers['x-broker-id'], req.headers['x-broker-key']);
    if (!broker) {
      stats.rejected++;
      return sendJson(res, 401, { error: 'invalid broker credentials' });
    }
    const raw = await readBody(req);
    let application;
    try {
      application = JSON.parse(raw);
    } catch (e) {
      return sendJson(res, 400, { error: 'malformed json' });
    }
    const quote = priceQuote(application);
    if (quote.error) {
      stats.declined++;
      return sendJson(res, 422, { error: quote.error });
    }
    const quoteId = crypto.randomUUID();
    broker.quotes++;
    stats.quoted++;
    quoteLog.push({
      quoteId,
      broker: broker.brokerId,
      risk: quote.riskScore,
      notes: redactOwnerDetails(application.pet.vetNotes, application.owner, application.pet),
    });
    if (quoteLog.length > 5000) quoteLog.splice(0, 1000);
    sendJson(res, 200, {
      quoteId,
      broker: broker.name,
      commission: broker.commissionRate,
      breedGroup: quote.breedGroup,
      riskScore: quote.riskScore,
      options: quote.lines,
    });
  }

  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/v1/quotes') {
      handleQuote(req, res).catch((err) => sendJson(res, 500, { error: err.message }));
    } else if (req.url === '/healthz') {
      sendJson(res, 200, { ok: true, ...stats });
    } else {
      sendJson(res, 404, { error: 'not found' });
    }
  });
  server.keepAliveTimeout = 30000;
  return { server, stats, quoteLog };
}

module.exports = { createQuoteServer };
