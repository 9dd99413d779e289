'use strict';
const http = require('http');

// Deterministic PRNG so runs are comparable.
function mulberry32(seed) {
  return function next() {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MERCHANTS = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'vandelay'];

function callApi(port, method, path, body, session) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : null;
    const headers = { 'content-type': 'application/json' };
    if (payload) headers['content-length'] = Buffer.byteLength(payload);
    if (session) headers['x-session'] = session;
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null });
      });
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

function buildOrder(rand, shopper) {
  const merchantId = MERCHANTS[Math.floor(rand() * MERCHANTS.length)];
  const lines = [];
  const n = 1 + Math.floor(rand() * 6);
  for (let i = 0; i < n; i++) {
    const base = `SKU-${1000 + Math.floor(rand() * 520)}`;
    lines.push({ sku: rand() < 0.5 ? `${merchantId}:${base}` : base, qty: 1 + Math.floor(rand() * 4) });
  }
  return {
    merchantId,
    email: `${shopper}.${Math.floor(rand() * 100000)}@example.com`,
    shipTo: { name: 'Pat Doe', postcode: rand() < 0.8 ? String(10000 + Math.floor(rand() * 89999)) : 'K1A 0B1', phone: '+1 555 123 4567' },
    promoCode: rand() < 0.75 ? `${merchantId}-ALL-${10 + Math.floor(rand() * 80)}` : null,
    lines,
  };
}

async function shopperSession(port, rand, shopperIdx, deadline, stats) {
  const username = `shopper${shopperIdx}`;
  const record = (r) => { stats.total++; stats.byStatus[r.status] = (stats.byStatus[r.status] || 0) + 1; return r; };
  while (Date.now() < deadline) {
    const login = record(await callApi(port, 'POST', '/login', { username, password: `hunter-${shopperIdx}-pass` }));
    const session = login.body.token;
    const placed = [];
    const actions = 10 + Math.floor(rand() * 20);
    for (let i = 0; i < actions && Date.now() < deadline; i++) {
      if (placed.length === 0 || rand() < 0.6) {
        const r = record(await callApi(port, 'POST', '/orders', buildOrder(rand, username), session));
        if (r.status === 201) placed.push(r.body.id);
      } else {
        const id = placed[Math.floor(rand() * placed.length)];
        record(await callApi(port, 'GET', `/orders/${id}`, null, session));
      }
    }
  }
}

async function runLoad({ port, durationMs, concurrency }) {
  const stats = { total: 0, byStatus: {} };
  const deadline = Date.now() + durationMs;
  const rand = mulberry32(20240611);
  const workers = [];
  for (let i = 0; i < concurrency; i++) workers.push(shopperSession(port, rand, i % 50, deadline, stats));
  await Promise.all(workers);
  return stats;
}

module.exports = { runLoad };
