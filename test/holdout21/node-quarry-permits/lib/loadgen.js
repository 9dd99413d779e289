'use strict';

const http = require('http');
const { proposeBlast } = require('./blastPlan');

function request(agent, port, method, path, payload) {
  return new Promise((resolve, reject) => {
    const body = payload ? JSON.stringify(payload) : null;
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {},
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      }
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

// Simulates the site office tablets: shot-firers submit blast plans and
// then fetch the sealed permit back.
async function runShotFirers({ port, requests, concurrency, seed, faces }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const stats = { submitted: 0, approved: 0, refused: 0, lookups: 0, errors: 0 };
  let issued = 0;
  async function worker() {
    while (issued < requests) {
      const i = issued++;
      const plan = proposeBlast(seed + i * 7919, faces);
      const res = await request(agent, port, 'POST', '/permits', plan);
      stats.submitted++;
      if (res.status !== 201) {
        stats.errors++;
        continue;
      }
      const body = JSON.parse(res.body);
      if (body.permit.decision === 'approved') stats.approved++;
      else stats.refused++;
      if (i % 3 === 0) {
        const look = await request(agent, port, 'GET', `/permits/${body.permit.permitNo}`);
        stats.lookups++;
        if (look.status !== 200) stats.errors++;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return stats;
}

module.exports = { runShotFirers };
