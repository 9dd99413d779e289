'use strict';

const http = require('http');
const { createRng } = require('./rng');

function request(agent, port, method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, bytes: Buffer.concat(chunks).length }));
    });
    req.on('error', reject);
    if (body) req.end(body); else req.end();
  });
}

async function driveTraffic({ port, birdIds, passphrases, total, concurrency, seed }) {
  const rng = createRng(seed);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const plan = [];
  for (let i = 0; i < total; i++) {
    const id = rng.pick(birdIds);
    const roll = rng.next();
    if (roll < 0.35) {
      plan.push(['GET', `/birds/${id}/log?limit=${rng.int(6, 16)}`, {}, null]);
    } else if (roll < 0.5) {
      plan.push(['GET', `/birds/${id}/advice`, {}, null]);
    } else {
      const handler = `H${rng.int(1, 6)}`;
      const body = JSON.stringify({
        takenAt: Date.UTC(2024, 0, 1) + i * 60000, grams: rng.int(150, 2700),
        food: rng.pick(['quail', 'rat', 'mouse']), fedGrams: rng.int(20, 120), flown: rng.next() < 0.6,
      });
      plan.push(['POST', `/birds/${id}/weighings`, {
        'content-type': 'application/json', 'x-handler': handler, 'x-passphrase': passphrases[handler],
      }, body]);
    }
  }
  const statusCounts = {};
  let cursor = 0;
  let bytes = 0;
  async function worker() {
    while (cursor < plan.length) {
      const [method, path, headers, body] = plan[cursor++];
      const res = await request(agent, port, method, path, headers, body);
      statusCounts[res.status] = (statusCounts[res.status] || 0) + 1;
      bytes += res.bytes;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { statusCounts, bytes };
}

module.exports = { driveTraffic };
