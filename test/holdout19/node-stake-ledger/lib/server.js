'use strict';

const http = require('http');
const { ingestReadings } = require('./readings');
const { renderBalanceReport, renderStakeTable } = require('./report');

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function createLedgerServer({ glaciers, registry, ledger }) {
  const routes = [
    { method: 'POST', path: /^\/glaciers\/([A-Z]{3})\/readings$/, handler: postReadings },
    { method: 'GET', path: /^\/glaciers\/([A-Z]{3})\/balance$/, handler: getBalance },
    { method: 'GET', path: /^\/glaciers\/([A-Z]{3})\/stakes$/, handler: getStakes },
  ];

  async function postReadings(req, res, code) {
    const station = registry.authenticate(req.headers['x-station-id'], req.headers['x-station-key']);
    if (!station || station.glacier !== code) return send(res, 401, { error: 'station not authorised' });
    const body = JSON.parse(await readBody(req));
    const glacier = glaciers.get(code);
    const { accepted, rejected } = ingestReadings(glacier, body.readings, ledger);
    return send(res, 201, { accepted: accepted.length, rejected });
  }

  async function getBalance(req, res, code, url) {
    const glacier = glaciers.get(code);
    const locale = url.searchParams.get('locale') || 'de-CH';
    const summary = ledger.glacierWide(code);
    return send(res, 200, { glacier: code, mwe: summary.mwe, ela: summary.ela, text: renderBalanceReport(glacier, summary, locale) });
  }

  async function getStakes(req, res, code, url) {
    const locale = url.searchParams.get('locale') || 'de-CH';
    return send(res, 200, { glacier: code, stakes: renderStakeTable(ledger.stakeBalances(code), locale) });
  }

  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://ledger.local');
    for (const route of routes) {
      if (route.method !== req.method) continue;
      const m = route.path.exec(url.pathname);
      if (!m || !glaciers.has(m[1])) continue;
      route.handler(req, res, m[1], url).catch((err) => send(res, 500, { error: err.message }));
      return;
    }
    send(res, 404, { error: 'not found' });
  });
}

module.exports = { createLedgerServer };
