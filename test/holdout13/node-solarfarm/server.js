'use strict';
const http = require('http');
const { ingestReading, summary, log } = require('./telemetry');
const { archiveBatch } = require('./archive');

let archivedBytes = 0;

function handleIngest(req, res, raw) {
  const batch = JSON.parse(raw);
  if (!batch || !Array.isArray(batch.readings)) {
    res.writeHead(400); return res.end('bad batch');
  }
  for (const r of batch.readings) ingestReading(batch.site, r);
  archivedBytes += archiveBatch(batch.siteId, batch);
  log.debug('batch stored', { site: batch.site, n: batch.readings.length });
  res.writeHead(202, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ accepted: batch.readings.length }));
}

function createServer() {
  return http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/summary') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ ...summary(), archivedBytes }));
    }
    if (req.method === 'POST' && req.url === '/ingest') {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        try { handleIngest(req, res, Buffer.concat(chunks).toString('utf8')); } catch (e) { res.writeHead(500); res.end(String(e.message)); }
      });
      return;
    }
    res.writeHead(404); res.end();
  });
}

module.exports = { createServer };
