'use strict';

const http = require('http');
const { mulberry32, pick } = require('./rng');

const QUERIES = [
  'silver tea', 'bronze', 'portrait oil', 'etching', 'marble bust', 'walnut bureau', 'porcelain vase',
  'landscape', 'carriage clock', 'gold brooch', 'mahogany', 'harbour', 'Oakley', 'Hollis workshop', 'pair',
];

function request(agent, port, { method, path, auth, body }) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : null;
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          authorization: `Bearer ${auth}`,
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

async function runLoad({ port, credentials, catalog, durationMs, concurrency }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const rand = mulberry32(99);
  const lotIds = catalog.lots.map((l) => l.id);
  const categories = catalog.categories();
  const deadline = Date.now() + durationMs;
  const statusCounts = new Map();
  let sent = 0;

  async function worker(slot) {
    while (Date.now() < deadline) {
      const who = credentials[(slot * 37 + sent) % credentials.length];
      const auth = `${who.id}.${who.token}`;
      const roll = rand();
      let res;
      if (roll < 0.5) {
        const q = encodeURIComponent(pick(rand, QUERIES));
        const cat = rand() < 0.7 ? `&category=${pick(rand, categories)}` : '';
        res = await request(agent, port, { method: 'GET', path: `/lots?q=${q}${cat}`, auth });
      } else if (roll < 0.75) {
        res = await request(agent, port, { method: 'GET', path: `/lots/${pick(rand, lotIds)}`, auth });
      } else {
        const id = pick(rand, lotIds);
        const detail = await request(agent, port, { method: 'GET', path: `/lots/${id}`, auth });
        const lot = JSON.parse(detail.body);
        const amount = lot.nextMinimum + (rand() < 0.2 ? -1 : Math.floor(rand() * 3) * 10);
        res = await request(agent, port, { method: 'POST', path: `/lots/${id}/bids`, auth, body: { amount } });
        sent++;
      }
      sent++;
      statusCounts.set(res.status, (statusCounts.get(res.status) || 0) + 1);
    }
  }

  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  agent.destroy();
  return { sent, statusCounts: Object.fromEntries(statusCounts) };
}

module.exports = { runLoad };
