'use strict';

const http = require('http');
const { COURTS, ENTRY_TYPES, BASE, DAY_MS } = require('./matters');

function request(agent, port, method, path, token, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : null;
    const req = http.request({
      host: '127.0.0.1', port, method, path, agent,
      headers: {
        authorization: `Bearer ${token}`,
        ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
      },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

// Simulates clerks and fee earners using the docket: mostly docket views, some filings and calendars.
async function runLoad({ port, rng, matterIds, tokens, total, concurrency }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const stats = { ok: 0, failed: 0, bytes: 0, byRoute: {} };
  let issued = 0;

  async function worker() {
    while (issued < total) {
      issued++;
      const token = rng.pick(tokens);
      const roll = rng.next();
      let route;
      let res;
      if (roll < 0.55) {
        route = 'docket';
        res = await request(agent, port, 'GET', `/matters/${rng.pick(matterIds)}/docket?limit=${rng.int(4, 16)}`, token);
      } else if (roll < 0.8) {
        route = 'filing';
        res = await request(agent, port, 'POST', `/matters/${rng.pick(matterIds)}/filings`, token, {
          type: rng.pick(ENTRY_TYPES), party: 'Claimant', description: 'Filed via portal', pages: rng.int(1, 30),
        });
      } else {
        route = 'calendar';
        const from = BASE + rng.int(0, 900) * DAY_MS;
        res = await request(agent, port, 'GET', `/courts/${rng.pick(COURTS).id}/calendar?from=${from}&days=7`, token);
      }
      stats.byRoute[route] = (stats.byRoute[route] || 0) + 1;
      if (res.status < 300) stats.ok++; else stats.failed++;
      stats.bytes += res.body.length;
    }
  }

  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return stats;
}

module.exports = { runLoad };
