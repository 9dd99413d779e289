'use strict';

const http = require('http');
const zlib = require('zlib');
const { promisify } = require('util');
const { mulberry32, pick } = require('./rng');
const { DISTRICTS } = require('./listings');

const decoders = { gzip: promisify(zlib.gunzip), br: promisify(zlib.brotliDecompress) };
const SORTS = ['price', 'newest', 'size', 'pricePerSqm'];
const TYPES = ['', '', 'apartment', 'loft', 'townhouse', 'detached'];

function get(agent, port, path) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent, headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

// Simulated browser/mobile traffic against the public gateway: a fixed
// number of page views, or until the time budget runs out.
async function runLoad({ port, listingIds, requests, maxDurationMs, concurrency }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const rand = mulberry32(3);
  const deadline = Date.now() + maxDurationMs;
  const counts = { ok: 0, failed: 0, bytes: 0, verified: 0 };
  let issued = 0;

  async function worker() {
    while (issued < requests && Date.now() < deadline) {
      issued++;
      let path;
      if (rand() < 0.65) {
        const qs = new URLSearchParams({ district: pick(rand, DISTRICTS), minBeds: String(Math.floor(rand() * 3)), sort: pick(rand, SORTS) });
        const type = pick(rand, TYPES);
        if (type) qs.set('type', type);
        if (rand() < 0.3) qs.set('page', '2');
        path = `/search?${qs}`;
      } else {
        path = `/listings/${pick(rand, listingIds)}`;
      }
      const res = await get(agent, port, path);
      if (res.status === 200) counts.ok++;
      else counts.failed++;
      counts.bytes += res.body.length;
      if (decoders[res.encoding] && counts.ok % 50 === 0) {
        const doc = JSON.parse(await decoders[res.encoding](res.body));
        if (doc.results || doc.id) counts.verified++;
      }
    }
  }

  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  agent.destroy();
  return counts;
}

module.exports = { runLoad };
