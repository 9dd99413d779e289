'use strict';

const http = require('http');
const { createRng } = require('./rng');

function send(agent, port, [method, path, body]) {
  return new Promise((resolve, reject) => {
    const headers = body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {};
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (c) => { bytes += c.length; });
      res.on('end', () => resolve({ status: res.statusCode, bytes }));
    });
    req.on('error', reject);
    req.end(body || undefined);
  });
}

function dutyRun(rng) {
  const duties = [];
  for (let d = 0; d < 7; d++) {
    duties.push({ startHour: rng.pick([4, 5, 6, 7, 9, 13, 14, 15, 22, 23]), hours: rng.pick([7.5, 8, 8.5, 9, 10.5]), split: rng.next() < 0.1, route: `L${rng.int(1, 30)}` });
  }
  return duties;
}

async function runControlRoomTraffic({ port, fleetNos, staffIds, total, concurrency, seed }) {
  const rng = createRng(seed);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const plan = [];
  for (let i = 0; i < total; i++) {
    const roll = rng.next();
    if (roll < 0.4) plan.push(['GET', `/trams/${rng.pick(fleetNos)}/defects`]);
    else if (roll < 0.8) plan.push(['GET', `/trams/${rng.pick(fleetNos)}`]);
    else if (roll < 0.94) plan.push(['POST', '/duties/check', JSON.stringify({ staffId: rng.pick(staffIds), duties: dutyRun(rng) })]);
    else plan.push(['GET', `/stabling/tonight?firstOut=${rng.int(4, 6)}`]);
  }
  const statuses = {};
  let next = 0;
  let bytes = 0;
  async function lane() {
    while (next < plan.length) {
      const res = await send(agent, port, plan[next++]);
      statuses[res.status] = (statuses[res.status] || 0) + 1;
      bytes += res.bytes;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  agent.destroy();
  return { statuses, bytes };
}

module.exports = { runControlRoomTraffic };
