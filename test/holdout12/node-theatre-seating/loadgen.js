'use strict';

const http = require('http');

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function call(agent, port, method, path, payload) {
  return new Promise((resolve, reject) => {
    const data = payload ? JSON.stringify(payload) : null;
    const started = process.hrtime.bigint();
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers: data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {} }, (res) => {
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const text = Buffer.concat(parts).toString();
        resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null, ms });
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}

const PROMO_CODES = ['TEMPEST00', 'CABARET01', 'DOLL02', 'LESMIS03', 'GODOT12', 'HAMILTON21', 'SEAGULL30', 'MATILDA47', 'SPRING10'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function runShoppers({ port, durationMs, shoppers = 14, seed = 11 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: shoppers + 2 });
  const rng = mulberry32(seed);
  const deadline = Date.now() + durationMs;
  const latencies = [];
  const outcomes = {};
  const note = (k) => { outcomes[k] = (outcomes[k] || 0) + 1; };

  const list = await call(agent, port, 'GET', '/performances');
  const perfIds = list.body.map((p) => p.id);

  async function shopper() {
    while (Date.now() < deadline) {
      // popular dates attract more traffic
      const perf = perfIds[Math.floor(Math.pow(rng(), 1.7) * perfIds.length)];
      // about half the customers pick seats on the map, the rest use "best available"
      if (rng() < 0.35) {
        const map = await call(agent, port, 'GET', `/performances/${perf}/seatmap`);
        latencies.push(map.ms);
        if (rng() < 0.15) { note('browse-only'); continue; }
      }
      const count = 1 + Math.floor(rng() * 5);
      const concessions = Array.from({ length: count }, () => (rng() < 0.7 ? 'adult' : ['child', 'student', 'senior'][Math.floor(rng() * 3)]));
      const level = rng() < 0.5 ? null : ['STALLS', 'DRESS', 'UPPER'][Math.floor(rng() * 3)];
      const promo = rng() < 0.3 ? PROMO_CODES[Math.floor(rng() * PROMO_CODES.length)] : null;
      const hold = await call(agent, port, 'POST', `/performances/${perf}/holds`, { count, level, concessions, promo });
      latencies.push(hold.ms);
      if (hold.status !== 201) { note('no-seats'); continue; }
      if (rng() < 0.25) {
        await call(agent, port, 'DELETE', `/holds/${hold.body.hold}`);
        note('abandoned');
        continue;
      }
      const order = await call(agent, port, 'POST', `/holds/${hold.body.hold}/checkout`, { card: '4111111111111111', concessions });
      latencies.push(order.ms);
      note(order.status === 201 ? 'bought' : 'checkout-failed');
    }
  }

  async function dashboard() {
    let polls = 0;
    while (Date.now() < deadline) {
      await call(agent, port, 'GET', '/reports/sales');
      polls++;
      await sleep(250);
    }
    return polls;
  }

  const [polls] = await Promise.all([dashboard(), ...Array.from({ length: shoppers }, shopper)]);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p) => +latencies[Math.floor(latencies.length * p)].toFixed(2);
  return { outcomes, dashboardPolls: polls, requests: latencies.length, p50: pct(0.5), p99: pct(0.99) };
}

module.exports = { runShoppers };
