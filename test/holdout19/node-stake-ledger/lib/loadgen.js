'use strict';

const http = require('http');
const { pick, gaussian } = require('./random');

const LOCALES = ['de-CH', 'fr-CH', 'it-CH', 'en-GB', 'rm-CH'];

function buildRequests(rand, glaciers, stations, count) {
  const codes = [...glaciers.keys()];
  const stationsByGlacier = new Map();
  for (const st of stations.values()) {
    if (!stationsByGlacier.has(st.glacier)) stationsByGlacier.set(st.glacier, []);
    stationsByGlacier.get(st.glacier).push(st);
  }
  const out = [];
  for (let i = 0; i < count; i++) {
    const code = pick(rand, codes);
    const glacier = glaciers.get(code);
    const kind = rand();
    if (kind < 0.55) {
      const station = pick(rand, stationsByGlacier.get(code));
      const readings = [];
      const n = 100 + Math.floor(rand() * 80);
      for (let k = 0; k < n; k++) {
        const idx = Math.floor(rand() * glacier.stakes.length);
        const stake = glacier.stakes[idx];
        const useAlias = rand() < 0.3;
        const before = 1 + rand() * 3;
        const melt = Math.max(0, gaussian(rand, (3200 - stake.elevation) / 300, 0.8));
        readings.push({
          stake: useAlias ? glacier.aliases[idx].toUpperCase() : (rand() < 0.05 ? `${code}-S9${idx}` : stake.id),
          date: `2024-09-${String(1 + (k % 28)).padStart(2, '0')}`,
          exposedBefore: before,
          exposedAfter: before + melt,
          snowDepth: stake.elevation > 2900 ? rand() * 2 : 0,
          snowDensity: 0.35 + rand() * 0.2,
        });
      }
      const key = rand() < 0.04 ? 'stale-key' : station.secret;
      out.push({ method: 'POST', path: `/glaciers/${code}/readings`, headers: { 'x-station-id': station.id, 'x-station-key': key }, body: JSON.stringify({ readings }) });
    } else if (kind < 0.85) {
      out.push({ method: 'GET', path: `/glaciers/${code}/balance?locale=${pick(rand, LOCALES)}` });
    } else {
      out.push({ method: 'GET', path: `/glaciers/${code}/stakes?locale=${pick(rand, LOCALES)}` });
    }
  }
  return out;
}

function issue(agent, port, spec) {
  return new Promise((resolve, reject) => {
    const headers = Object.assign({}, spec.headers);
    if (spec.body) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(spec.body);
    }
    const req = http.request({ host: '127.0.0.1', port, method: spec.method, path: spec.path, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, bytes: Buffer.concat(chunks).length }));
    });
    req.on('error', reject);
    if (spec.body) req.write(spec.body);
    req.end();
  });
}

async function drive(port, requests, concurrency) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const stats = { byStatus: new Map(), bytes: 0 };
  let next = 0;
  async function worker() {
    while (next < requests.length) {
      const spec = requests[next++];
      const r = await issue(agent, port, spec);
      stats.byStatus.set(r.status, (stats.byStatus.get(r.status) || 0) + 1);
      stats.bytes += r.bytes;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return stats;
}

module.exports = { buildRequests, drive };
