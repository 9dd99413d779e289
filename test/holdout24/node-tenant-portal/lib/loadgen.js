'use strict';

const http = require('http');
const zlib = require('zlib');
const { createRandom } = require('./prng');

const REPAIR_TEXT = [
  ['kitchen', 'Kitchen tap leaking under the sink'],
  ['bathroom', 'Toilet cistern keeps running and will not stop'],
  ['hall', 'Front door lock is broken and sticks'],
  ['living room', 'Radiator cold at the top, needs bleeding'],
  ['bedroom', 'Light fitting flickers and socket is loose'],
  ['kitchen', 'Boiler shows fault code and no hot water'],
  ['bathroom', 'Extractor fan noisy, mould on ceiling'],
  ['hall', 'Window in hallway will not close properly'],
];

function request(agent, port, user, method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : null;
    const req = http.request({
      host: '127.0.0.1', port, method, path, agent,
      headers: {
        authorization: 'Basic ' + Buffer.from(`${user.ref}:${user.pin}`).toString('base64'),
        'accept-encoding': 'gzip',
        ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
      },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        let buf = Buffer.concat(chunks);
        if (res.headers['content-encoding'] === 'gzip') buf = zlib.gunzipSync(buf);
        resolve({ status: res.statusCode, body: buf });
      });
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

async function runTraffic({ port, users, totalRequests, concurrency, seed }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const rnd = createRandom(seed);
  const plan = [];
  for (let i = 0; i < totalRequests; i++) {
    const user = users[rnd.int(0, users.length - 1)];
    const roll = rnd.next();
    if (roll < 0.3) plan.push([user, 'GET', '/api/statement']);
    else if (roll < 0.42) plan.push([user, 'GET', '/api/documents/handbook']);
    else if (roll < 0.75) {
      const [room, description] = rnd.pick(REPAIR_TEXT);
      plan.push([user, 'POST', '/api/repairs', { room, description }]);
    } else if (roll < 0.9) plan.push([user, 'GET', '/api/tenancy']);
    else plan.push([user, 'GET', '/api/block/arrears']);
  }
  const tally = { ok: 0, failed: 0, bytes: 0, byStatus: {} };
  let cursor = 0;
  async function worker() {
    while (cursor < plan.length) {
      const [user, method, path, body] = plan[cursor++];
      const res = await request(agent, port, user, method, path, body);
      tally.byStatus[res.status] = (tally.byStatus[res.status] || 0) + 1;
      if (res.status < 300) tally.ok += 1; else tally.failed += 1;
      tally.bytes += res.body.length;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return tally;
}

module.exports = { runTraffic };
