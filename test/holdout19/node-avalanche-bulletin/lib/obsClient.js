'use strict';

const http = require('http');

class SnowObservationClient {
  constructor({ host, port, catalogue, region }) {
    this.host = host;
    this.port = port;
    this.region = region;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    this.routes = new Map();
    for (const entry of catalogue) {
      const weights = entry.mirrors.map((m) => ({ mirror: m, weight: 1 / (1 + Math.abs(m.latency - entry.preferredLatency)) }));
      weights.sort((a, b) => b.weight - a.weight);
      const key = `${entry.region}:${entry.zone}`;
      this.routes.set(key, { path: `/zones/${entry.zone}/observations`, mirrors: weights, retries: entry.retries });
    }
  }

  routeFor(zoneId) {
    return this.routes.get(`${this.region}:${zoneId}`);
  }

  recentObservations(zoneId, day, span) {
    const route = this.routeFor(zoneId);
    return new Promise((resolve, reject) => {
      const req = http.get({ host: this.host, port: this.port, agent: this.agent, path: `${route.path}?day=${day}&span=${span}` }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`observation store returned ${res.statusCode}`));
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        });
      });
      req.on('error', reject);
    });
  }

  close() {
    this.agent.destroy();
  }
}

function buildServiceCatalogue(rand, zones) {
  const catalogue = [];
  for (const zone of zones) {
    for (const region of ['west', 'central', 'east']) {
      const mirrors = [];
      for (let i = 0; i < 8; i++) mirrors.push({ name: `obs-${region}-${i}`, latency: 5 + rand() * 80 });
      catalogue.push({ zone: zone.id, region, mirrors, preferredLatency: 20 + rand() * 20, retries: 2 });
    }
  }
  return catalogue;
}

module.exports = { SnowObservationClient, buildServiceCatalogue };
