'use strict';
// Ledger HTTP API: journal postings, account statements and bank reconciliation.

const http = require('node:http');
const { reconcileFeed } = require('./reconcile');
const { buildStatement } = require('./statements');
const { closePeriod } = require('./close');

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null));
    req.on('error', reject);
  });
}

function reply(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function createLedgerService({ ledger, keyRing, bankFeed, periodStart, clearingId }) {
  async function dispatch(req, res) {
    const clientId = keyRing.verify(req.headers.authorization);
    if (!clientId) return reply(res, 401, { error: 'invalid api key' });
    const url = new URL(req.url, 'http://ledger.local');
    const parts = url.pathname.split('/').filter(Boolean);

    if (req.method === 'POST' && url.pathname === '/v1/journal') {
      const batch = await readBody(req);
      const results = batch.entries.map((entry) => ledger.post(entry));
      const rejected = results.filter((r) => !r.ok).length;
      return reply(res, rejected ? 207 : 201, { accepted: results.length - rejected, rejected, trialBalance: ledger.trialBalance() });
    }

    if (req.method === 'GET' && parts[0] === 'v1' && parts[1] === 'accounts' && parts[3] === 'statement') {
      const account = ledger.accounts.get(parts[2]);
      if (!account) return reply(res, 404, { error: 'unknown account' });
      const period = { from: Number(url.searchParams.get('from')), to: Number(url.searchParams.get('to')) };
      const locale = url.searchParams.get('locale') || 'en-GB';
      const postings = ledger.postingsBetween(account.id, period.from, period.to);
      return reply(res, 200, buildStatement(account, postings, period, locale));
    }

    if (req.method === 'POST' && url.pathname === '/v1/reconciliations') {
      const { account, day } = await readBody(req);
      const lines = bankFeed(account, day);
      return reply(res, 200, reconcileFeed(lines, ledger.openItems(account), 50));
    }

    if (req.method === 'POST' && url.pathname === '/v1/close') {
      const { days } = await readBody(req);
      return reply(res, 200, closePeriod(ledger, periodStart, days, clearingId));
    }

    return reply(res, 404, { error: 'no such route' });
  }

  return http.createServer((req, res) => {
    dispatch(req, res).catch((err) => reply(res, 500, { error: err.message }));
  });
}

module.exports = { createLedgerService };
