'use strict';

const http = require('http');
const { parseQuery } = require('./matcher');
const { searchPage, specimenCard, summaryRows } = require('./render');
const { validateSubmission } = require('./accessions');

const MAX_BODY = 64 * 1024;

function sendJson(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

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
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function createServer({ catalog, ledger, metrics }) {
  function handleSearch(url, res) {
    const query = parseQuery(url.searchParams);
    const result = catalog.search(query);
    sendJson(res, 200, searchPage(query, result));
  }

  function handleGet(id, res) {
    const specimen = catalog.get(id);
    if (!specimen) return sendJson(res, 404, { error: 'not found', id });
    return sendJson(res, 200, specimenCard(specimen));
  }

  async function handleAccession(req, res) {
    const raw = await readBody(req);
    const specimen = validateSubmission(JSON.parse(raw));
    ledger.record(specimen);
    catalog.add(specimen);
    sendJson(res, 201, { id: specimen.id });
  }

  function handleFamilies(res) {
    sendJson(res, 200, { counts: catalog.counts, families: summaryRows(catalog.familySummary()) });
  }

  async function route(req, res) {
    const url = new URL(req.url, 'http://herbarium.local');
    const parts = url.pathname.split('/').filter(Boolean);
    if (req.method === 'GET' && url.pathname === '/specimens/search') return handleSearch(url, res);
    if (req.method === 'GET' && parts[0] === 'specimens' && parts.length === 2) return handleGet(parts[1], res);
    if (req.method === 'POST' && url.pathname === '/specimens') return handleAccession(req, res);
    if (req.method === 'GET' && url.pathname === '/families') return handleFamilies(res);
    return sendJson(res, 404, { error: 'no route' });
  }

  return http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    route(req, res)
      .catch((err) => {
        const status = err.status || (err instanceof SyntaxError ? 400 : 500);
        if (!res.headersSent) sendJson(res, status, { error: err.message });
      })
      .finally(() => {
        metrics.observe(req.method, Number(process.hrtime.bigint() - started) / 1e6);
      });
  });
}

module.exports = { createServer };
