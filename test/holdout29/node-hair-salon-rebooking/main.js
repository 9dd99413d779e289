'use strict';
// Hair-salon rebooking service: stylist week grids, rebooking suggestions for
// cancelled appointments and utilisation reports, driven by an in-process
// load generator over 127.0.0.1.
const http = require('http');
const { buildSalon } = require('./lib/salon');
const { createSalonServer } = require('./lib/server');
const { mulberry32, pick } = require('./lib/prng');

const TOTAL_REQUESTS = Number(process.env.SALON_REQUESTS || 40000);
const CONCURRENCY = 6;
const DAYS = 120;

function planRequests(salon, count) {
  const rand = mulberry32(5151);
  const plan = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    const st = pick(rand, salon.stylists);
    const day = Math.floor(rand() * (DAYS - 14));
    if (r < 0.45) {
      plan.push({ method: 'GET', path: `/v1/stylists/${st.id}/week?from=${day}` });
    } else if (r < 0.95) {
      const bookings = salon.diary.get(st.id).get(day) || [];
      const b = bookings.length ? pick(rand, bookings) : { id: 0, start: 600, service: 'CUT-W' };
      plan.push({ method: 'POST', path: '/v1/rebook', body: { id: b.id, stylistId: st.id, day, start: b.start, service: b.service } });
    } else {
      plan.push({ method: 'GET', path: `/v1/reports/utilisation?from=${day}` });
    }
  }
  return plan;
}

function call(agent, port, req) {
  return new Promise((resolve, reject) => {
    const payload = req.body ? JSON.stringify(req.body) : null;
    const r = http.request({ host: '127.0.0.1', port, method: req.method, path: req.path, agent,
      headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} }, (res) => {
      let bytes = 0;
      res.on('data', (c) => { bytes += c.length; });
      res.on('end', () => resolve({ status: res.statusCode, bytes }));
    });
    r.on('error', reject);
    if (payload) r.write(payload);
    r.end();
  });
}

async function main() {
  const started = Date.now();
  const salon = buildSalon(808, DAYS);
  const server = createSalonServer(salon);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const plan = planRequests(salon, TOTAL_REQUESTS);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const statuses = new Map();
  let bytes = 0;
  let next = 0;
  async function worker() {
    while (next < plan.length) {
      const res = await call(agent, port, plan[next++]);
      statuses.set(res.status, (statuses.get(res.status) || 0) + 1);
      bytes += res.bytes;
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
  const summary = [...statuses.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}:${n}`).join(' ');
  console.log(`hair-salon-rebooking: ${plan.length} requests, statuses ${summary}, ${(bytes / 1048576).toFixed(1)} MiB`);
  console.log(`counters ${JSON.stringify(server.counters)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
