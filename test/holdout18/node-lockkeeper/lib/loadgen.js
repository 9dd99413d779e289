'use strict';

const http = require('http');

function request(agent, port, method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : null;
    const req = http.request({
      host: '127.0.0.1', port, method, path, agent,
      headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
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

// Replays a fixed, seeded mix of bookings and queue look-ups.
async function runLoad({ port, rng, network, vessels, pins, total, concurrency }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const skipperIds = [...pins.keys()];
  const plan = [];
  for (let i = 0; i < total; i++) {
    if (rng.chance(0.15)) {
      plan.push(['GET', `/locks/${rng.pick(network.locks).id}/queue?from=${rng.int(0, 20000)}`, null]);
    } else {
      const skipperId = rng.pick(skipperIds);
      const ww = rng.pick(network.waterways);
      const other = rng.chance(0.3) ? rng.pick(network.waterways) : ww;
      plan.push(['POST', '/passages', {
        skipperId,
        pin: rng.chance(0.04) ? '000000' : pins.get(skipperId),
        vesselId: rng.pick(vessels).id,
        from: rng.pick(ww.lockIds),
        to: rng.pick(other.lockIds),
        departAfter: rng.int(0, 60 * 24 * 14),
      }]);
    }
  }
  const statuses = new Map();
  let next = 0;
  async function worker() {
    while (next < plan.length) {
      const [method, path, body] = plan[next++];
      const res = await request(agent, port, method, path, body);
      statuses.set(res.status, (statuses.get(res.status) || 0) + 1);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return statuses;
}

module.exports = { runLoad };
