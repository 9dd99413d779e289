'use strict';

// Local stand-in for the OTA connectivity endpoint, used for integration runs.
const http = require('http');
const crypto = require('crypto');

function startOtaStub(secret) {
  const key = crypto.createSecretKey(Buffer.from(secret, 'base64'));
  const inventory = new Map();
  const stats = { requests: 0, rejected: 0, items: 0 };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      stats.requests++;
      const raw = Buffer.concat(chunks);
      const expected = crypto.createHmac('sha256', key).update(raw).digest('base64');
      let status = 200;
      let reply;
      if (expected !== req.headers['x-ota-signature']) {
        status = 401;
        reply = { success: false, errors: [{ code: 'AUTH', message: 'bad signature' }] };
      } else {
        const msg = JSON.parse(raw.toString('utf8'));
        const property = req.url.split('/')[4];
        const warnings = [];
        for (const item of msg.items) {
          const k = `${property}|${item.roomTypeCode}|${item.ratePlanCode}|${item.start}`;
          if (item.end < item.start) warnings.push({ code: 'RANGE', item: k });
          inventory.set(k, item);
          stats.items++;
        }
        reply = { success: true, echoToken: msg.echoToken, warnings };
      }
      if (status !== 200) stats.rejected++;
      const body = JSON.stringify(reply);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  return { server, stats, inventory };
}

module.exports = { startOtaStub };
