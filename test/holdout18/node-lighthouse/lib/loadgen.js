'use strict';

const http = require('http');

function call(agent, port, method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : '';
    const req = http.request({
      host: '127.0.0.1', port, method, path, agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
    }, (res) => {
      let size = 0;
      res.on('data', (c) => { size += c.length; });
      res.on('end', () => resolve({ status: res.statusCode, size }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

// Seeded traffic: chart-plotter look-ups, outage reports from patrol boats,
// and the occasional conflict review by the planning team.
function buildPlan(rng, register, total, areas) {
  const plan = [];
  for (let i = 0; i < total; i++) {
    const roll = rng.next();
    if (roll < 0.001) {
      plan.push(['GET', `/conflicts?area=${encodeURIComponent(rng.pick(areas))}`, null]);
    } else if (roll < 0.35) {
      const light = rng.pick(register.lights);
      plan.push(['POST', '/outages', {
        lightId: light.id, minute: rng.int(0, 60 * 24 * 30),
        fault: rng.pick(['unlit', 'irregular', 'off-station', 'restored']),
        reportedBy: `patrol-${rng.int(1, 12)}`,
      }]);
    } else {
      const l = rng.pick(register.lights);
      plan.push(['GET', `/lights/in-view?lat=${(l.lat + (rng.next() - 0.5) * 0.1).toFixed(4)}&lon=${(l.lon + (rng.next() - 0.5) * 0.1).toFixed(4)}&r=${rng.int(3, 12)}`, null]);
    }
  }
  return plan;
}

async function drive({ port, plan, concurrency }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const counts = {};
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    while (next < plan.length) {
      const [method, path, body] = plan[next++];
      const res = await call(agent, port, method, path, body);
      counts[res.status] = (counts[res.status] || 0) + 1;
      bytes += res.size;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { counts, bytes };
}

module.exports = { buildPlan, drive };
