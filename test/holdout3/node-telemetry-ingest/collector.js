'use strict';

const http = require('http');
const crypto = require('crypto');
const zlib = require('zlib');
const { SiteRollup, detectAnomalies } = require('./stats');

function createCollector(registry) {
  const rollup = new SiteRollup();
  const archive = [];
  let anomalies = 0;

  function authenticate(req) {
    const deviceId = req.headers['x-device-id'];
    const device = registry.get(deviceId);
    if (!device) return null;
    const presented = String(req.headers.authorization || '').replace(/^Bearer /, '');
    const hash = crypto.pbkdf2Sync(presented, device.salt, 600, 32, 'sha256');
    const expected = Buffer.from(device.tokenHash, 'hex');
    return crypto.timingSafeEqual(hash, expected) ? device : null;
  }

  function ingest(device, body) {
    const batch = JSON.parse(body);
    for (const r of batch.readings) rollup.add(device.site, r);
    anomalies += detectAnomalies(batch.readings);
    const archived = zlib.gzipSync(body, { level: 6 });
    archive.push({ deviceId: device.id, seq: batch.seq, bytes: archived.length });
    return batch.readings.length;
  }

  const server = http.createServer((req, res) => {
    const device = authenticate(req);
    if (!device) {
      res.writeHead(401).end();
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const accepted = ingest(device, Buffer.concat(chunks).toString('utf8'));
      res.writeHead(202, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ accepted }));
    });
  });

  return {
    server,
    report: () => ({ series: rollup.summarize(), anomalies, archived: archive.length,
      archivedBytes: archive.reduce((a, b) => a + b.bytes, 0) }),
  };
}

module.exports = { createCollector };
