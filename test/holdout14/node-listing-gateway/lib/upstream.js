'use strict';

const http = require('http');

const TIMEOUT_MS = 2000;

// Thin JSON-over-HTTP helper for internal services.
function postJson(baseUrl, path, payload) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(payload);
    const req = http.request(
      {
        host: baseUrl.hostname,
        port: baseUrl.port,
        path,
        method: 'POST',
        agent: false, // fresh socket per call, avoids sharing state between requests
        timeout: TIMEOUT_MS,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`upstream ${path} -> ${res.statusCode}`));
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`upstream ${path} timed out`)));
    req.on('error', reject);
    req.end(body);
  });
}

class ValuationClient {
  constructor(baseUrl, maxBatch) {
    this.baseUrl = new URL(baseUrl);
    this.maxBatch = maxBatch;
  }

  async estimateMany(listings) {
    const batches = [];
    for (let i = 0; i < listings.length; i += this.maxBatch) {
      const subjects = listings.slice(i, i + this.maxBatch).map((l) => ({
        id: l.id, district: l.district, sqm: l.sqm, builtYear: l.builtYear, lat: l.lat, lon: l.lon,
      }));
      batches.push(postJson(this.baseUrl, '/v1/estimates', { subjects }));
    }
    const results = await Promise.all(batches);
    const byId = new Map();
    for (const r of results) for (const e of r.estimates) byId.set(e.id, e);
    return byId;
  }
}

class FinancingClient {
  constructor(baseUrl) {
    this.baseUrl = new URL(baseUrl);
  }

  async monthlyCosts(listings) {
    const res = await postJson(this.baseUrl, '/v1/financing', { prices: listings.map((l) => ({ id: l.id, price: l.askingPrice })) });
    return new Map(res.quotes.map((q) => [q.id, q]));
  }
}

module.exports = { ValuationClient, FinancingClient };
