'use strict';

const http = require('http');
const { sliceMeasurement } = require('./cores');

function call(agent, port, method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : '';
    const req = http.request({
      host: '127.0.0.1', port, method, path, agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
    }, (res) => {
      let size = 0;
      res.on('data', (c) => { size += c.length; });
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

// The lab uploads slices core by core, top down; analysts look at carbon
// profiles and pollen zones as the cores fill in.
function* labTraffic(rng, cores, total) {
  const cursor = new Map(cores.map((c) => [c.coreId, 0]));
  for (let i = 0; i < total; i++) {
    const core = rng.pick(cores);
    const roll = rng.next();
    if (roll < 0.7) {
      const top = cursor.get(core.coreId);
      if (top + 2 > core.depthCm) { yield ['GET', `/cores/${core.coreId}/profile`, null]; continue; }
      cursor.set(core.coreId, top + 2);
      const slice = sliceMeasurement(rng, core, top);
      if (rng.chance(0.01)) slice.sampleCode = `${core.coreId}-9999`;
      yield ['POST', `/cores/${core.coreId}/slices`, slice];
    } else if (roll < 0.93) {
      yield ['GET', `/cores/${core.coreId}/profile`, null];
    } else {
      yield ['GET', `/cores/${core.coreId}/zones`, null];
    }
  }
}

async function drive({ port, rng, cores, total, concurrency }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const traffic = labTraffic(rng, cores, total);
  const counts = {};
  const worker = async () => {
    for (let step = traffic.next(); !step.done; step = traffic.next()) {
      const [method, path, body] = step.value;
      const status = await call(agent, port, method, path, body);
      counts[status] = (counts[status] || 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return counts;
}

module.exports = { drive };
