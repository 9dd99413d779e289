'use strict';
const http = require('http');
const { createRng } = require('./rng');

// Simulates the member portal: concurrent quote requests over a keep-alive agent.
async function runPortalLoad(port, memberRefs, pins, { requests, concurrency }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const rng = createRng(4242);
  let sent = 0;
  const results = { ok: 0, failed: 0, bytes: 0 };
  function one() {
    const i = rng.int(0, memberRefs.length - 1);
    const wrongPin = rng.next() < 0.03;
    const body = JSON.stringify({
      memberRef: memberRefs[i],
      pin: wrongPin ? '0000' : pins[i],
      overrides: rng.next() < 0.2 ? { spousePortion: 0.5 } : undefined,
    });
    return new Promise((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/v1/transfer-quotes', agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let size = 0;
        res.on('data', (c) => { size += c.length; });
        res.on('end', () => {
          if (res.statusCode === 200) results.ok++; else results.failed++;
          results.bytes += size;
          resolve();
        });
      });
      req.on('error', () => { results.failed++; resolve(); });
      req.end(body);
    });
  }
  async function worker() {
    while (sent < requests) {
      sent++;
      await one();
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return results;
}

module.exports = { runPortalLoad };
