'use strict';

const http = require('http');
const { createRng } = require('./rng');

const PROGRAMS = {
  bisque: { segments: [{ ratePerHour: 80, target: 600, holdMinutes: 0 }, { ratePerHour: 150, target: 1000, holdMinutes: 10 }] },
  midfire: { segments: [{ ratePerHour: 100, target: 600, holdMinutes: 0 }, { ratePerHour: 200, target: 1160, holdMinutes: 0 }, { ratePerHour: 60, target: 1220, holdMinutes: 15 }] },
  stoneware: { segments: [{ ratePerHour: 100, target: 600, holdMinutes: 0 }, { ratePerHour: 180, target: 1200, holdMinutes: 0 }, { ratePerHour: 50, target: 1285, holdMinutes: 20 }, { ratePerHour: 150, target: 1000, holdMinutes: 30 }] },
  raku: { segments: [{ ratePerHour: 400, target: 980, holdMinutes: 5 }] },
};

function post(agent, port, path, payload) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(payload);
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path, agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      }
    );
    req.on('error', reject);
    req.end(body);
  });
}

// Co-op members logging their firings from the studio tablet.
async function runMembers({ port, requests, concurrency, seed, kilnIds, glazes, clays }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const rng = createRng(seed);
  const orders = [];
  for (let i = 0; i < requests; i++) {
    const programName = rng.pick(Object.keys(PROGRAMS));
    const ware = [];
    const n = rng.int(6, 18);
    for (let w = 0; w < n; w++) ware.push({ piece: `P${i}-${w}`, glaze: rng.pick(glazes), clay: rng.pick(clays) });
    orders.push({ kilnId: rng.pick(kilnIds), programName, program: PROGRAMS[programName], ware });
  }
  const stats = { ok: 0, errors: 0, crazing: 0, shivering: 0, cones: {} };
  let issued = 0;
  async function member() {
    while (issued < orders.length) {
      const order = orders[issued++];
      const res = await post(agent, port, '/firings', order);
      if (res.status !== 201) {
        stats.errors++;
        continue;
      }
      const body = JSON.parse(res.body);
      stats.ok++;
      stats.cones[body.cone] = (stats.cones[body.cone] || 0) + 1;
      for (const f of body.fit) {
        if (f.verdict === 'crazing risk') stats.crazing++;
        if (f.verdict === 'shivering risk') stats.shivering++;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, member));
  agent.destroy();
  return stats;
}

module.exports = { runMembers };
