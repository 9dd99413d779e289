'use strict';
// Day-spa booking API (availability search, basket quotes, bookings with gift
// vouchers) driven by an in-process load generator over 127.0.0.1.
const http = require('http');
const { buildCatalogue } = require('./lib/catalogue');
const { VoucherBook, issuedPin } = require('./lib/vouchers');
const { createSpaServer } = require('./lib/server');
const { mulberry32, pick } = require('./lib/prng');

const TOTAL_REQUESTS = Number(process.env.SPA_REQUESTS || 6000);
const CONCURRENCY = 6;

function planRequests(catalogue, vouchers, count) {
  const rand = mulberry32(20240611);
  const days = [];
  for (let d = 1; d <= 28; d++) days.push(`2024-07-${String(d).padStart(2, '0')}`);
  const codes = vouchers.codes();
  const plan = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    const t = pick(rand, catalogue.treatments);
    const day = pick(rand, days);
    if (r < 0.55) {
      plan.push({ method: 'GET', path: `/v1/availability?day=${day}&treatment=${t.code}&extra=${rand() < 0.3 ? 15 : 0}` });
      continue;
    }
    const items = [{ code: t.code, addOns: t.addOns.filter(() => rand() < 0.4).map((a) => a.code) }];
    if (rand() < 0.4) items.push({ code: pick(rand, catalogue.treatments).code, addOns: [] });
    const packageCode = rand() < 0.3 ? pick(rand, catalogue.packages).code : undefined;
    if (r < 0.8) {
      plan.push({ method: 'POST', path: '/v1/quotes', body: { items, packageCode } });
      continue;
    }
    const body = { day, items, packageCode, guest: { name: `Guest ${i}`, email: `guest${i}@example.test` }, therapistId: `T${1 + Math.floor(rand() * 16)}` };
    if (rand() < 0.5) {
      const code = pick(rand, codes);
      body.voucher = { code, pin: rand() < 0.93 ? issuedPin(code) : '0000' };
    }
    plan.push({ method: 'POST', path: '/v1/bookings', body });
  }
  return plan;
}

function call(agent, port, req) {
  return new Promise((resolve, reject) => {
    const payload = req.body ? JSON.stringify(req.body) : null;
    const r = http.request({ host: '127.0.0.1', port, method: req.method, path: req.path, agent,
      headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, bytes: Buffer.concat(chunks).length }));
    });
    r.on('error', reject);
    if (payload) r.write(payload);
    r.end();
  });
}

async function runLoad(port, plan) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const statusCounts = new Map();
  let next = 0;
  let bytes = 0;
  async function workerLoop() {
    while (next < plan.length) {
      const req = plan[next++];
      const res = await call(agent, port, req);
      statusCounts.set(res.status, (statusCounts.get(res.status) || 0) + 1);
      bytes += res.bytes;
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, workerLoop));
  agent.destroy();
  return { statusCounts, bytes };
}

async function main() {
  const started = Date.now();
  const catalogue = buildCatalogue(77);
  const vouchers = new VoucherBook(60);
  const server = createSpaServer(catalogue, vouchers);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const plan = planRequests(catalogue, vouchers, TOTAL_REQUESTS);
  const { statusCounts, bytes } = await runLoad(port, plan);
  await new Promise((resolve) => server.close(resolve));
  const statuses = [...statusCounts.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}:${n}`).join(' ');
  console.log(`spa-booking-api: ${plan.length} requests, statuses ${statuses}, ${(bytes / 1048576).toFixed(1)} MiB`);
  console.log(`stats ${JSON.stringify(server.stats)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
