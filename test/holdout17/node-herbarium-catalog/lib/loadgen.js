'use strict';

const http = require('http');
const { mulberry32, FAMILIES, COLLECTORS, LOCALITIES, HABITATS } = require('./seed');

const SEARCH_TERMS = ['quercus', 'orchis', 'ranunculus', 'festuca', 'thymus', 'erica', 'rosa', 'heath', 'meadow', 'woodland',
  'cliff', 'burren', 'teesdale', 'lizard', 'fen', 'ben', 'prunus', 'vulgaris', 'sylvatica', 'chalk', 'montane', 'coastal'];

function request(agent, port, method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : null;
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
      },
      (res) => {
        let size = 0;
        res.on('data', (c) => { size += c.length; });
        res.on('end', () => resolve({ status: res.statusCode, size }));
      }
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

function planRequests(total, seed, knownIds) {
  const rnd = mulberry32(seed);
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const families = Object.keys(FAMILIES);
  const plan = [];
  for (let i = 0; i < total; i++) {
    const r = rnd();
    if (r < 0.4) {
      const params = new URLSearchParams();
      const nTerms = 1 + Math.floor(rnd() * 2);
      const terms = [];
      for (let t = 0; t < nTerms; t++) terms.push(pick(SEARCH_TERMS));
      params.set('q', terms.join(' '));
      if (rnd() < 0.6) params.set('family', pick(families));
      if (rnd() < 0.2) params.set('collector', pick(COLLECTORS));
      if (rnd() < 0.3) {
        const from = 1820 + Math.floor(rnd() * 150);
        params.set('from', String(from));
        params.set('to', String(from + 40));
      }
      params.set('limit', String(10 + Math.floor(rnd() * 16)));
      plan.push({ method: 'GET', path: `/specimens/search?${params}` });
    } else if (r < 0.7) {
      plan.push({ method: 'GET', path: `/specimens/${pick(knownIds)}` });
    } else if (r < 0.98) {
      const family = pick(families);
      plan.push({
        method: 'POST',
        path: '/specimens',
        body: {
          family,
          scientificName: pick(FAMILIES[family]),
          collector: pick(COLLECTORS),
          locality: pick(LOCALITIES),
          habitat: pick(HABITATS),
          elevation: Math.floor(rnd() * 900),
          collected: new Date(Date.UTC(1900 + Math.floor(rnd() * 120), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))).toISOString(),
          sheets: 1 + Math.floor(rnd() * 2),
        },
      });
    } else {
      plan.push({ method: 'GET', path: '/families' });
    }
  }
  return plan;
}

async function runLoad({ port, total, concurrency, seed, knownIds }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const plan = planRequests(total, seed, knownIds);
  const statuses = new Map();
  let bytes = 0;
  let cursor = 0;
  async function worker() {
    while (cursor < plan.length) {
      const item = plan[cursor++];
      const res = await request(agent, port, item.method, item.path, item.body);
      statuses.set(res.status, (statuses.get(res.status) || 0) + 1);
      bytes += res.size;
    }
  }
  const workers = [];
  for (let i = 0; i < concurrency; i++) workers.push(worker());
  await Promise.all(workers);
  agent.destroy();
  return { requests: plan.length, statuses: Object.fromEntries(statuses), bytes };
}

module.exports = { runLoad };
