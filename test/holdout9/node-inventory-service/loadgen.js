'use strict';
const http = require('http');

const WAREHOUSES = ['HAM', 'MUC', 'LYS', 'RTM'];

class LoadGenerator {
  constructor(port, { concurrency = 24, seed = 4242 } = {}) {
    this.port = port;
    this.concurrency = concurrency;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    this.seed = seed;
    this.counts = { reserve: 0, stock: 0, plan: 0, errors: 0 };
    this.latencies = [];
  }

  next() {
    this.seed = (this.seed * 48271) % 2147483647;
    return this.seed / 2147483647;
  }

  call(method, path, body) {
    return new Promise((resolve, reject) => {
      const payload = body ? JSON.stringify(body) : undefined;
      const started = process.hrtime.bigint();
      const req = http.request({ host: '127.0.0.1', port: this.port, method, path, agent: this.agent,
        headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} }, (res) => {
        res.resume();
        res.on('end', () => {
          this.latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          if (res.statusCode >= 500) this.counts.errors++;
          resolve(res.statusCode);
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  async worker(id, deadline) {
    let i = 0;
    while (Date.now() < deadline) {
      const sku = `SKU${String(Math.floor(this.next() * 4000)).padStart(5, '0')}`;
      const roll = this.next();
      if (roll < 0.005) {
        this.counts.plan++;
        await this.call('GET', '/replenishment-plan');
      } else if (roll < 0.555) {
        this.counts.reserve++;
        await this.call('POST', '/reservations', {
          orderRef: `ORD-${id}-${i}`, sku, warehouse: WAREHOUSES[Math.floor(this.next() * 4)],
          qty: 1 + Math.floor(this.next() * 3), wantQuote: this.next() < 0.15, zone: 1 + Math.floor(this.next() * 8),
        });
      } else {
        this.counts.stock++;
        await this.call('GET', `/stock/${sku}`);
      }
      i++;
    }
  }

  async run(durationMs) {
    const deadline = Date.now() + durationMs;
    await Promise.all(Array.from({ length: this.concurrency }, (_, id) => this.worker(id, deadline)));
    this.agent.destroy();
    const sorted = this.latencies.sort((a, b) => a - b);
    return { ...this.counts, p50: sorted[Math.floor(sorted.length * 0.5)], p99: sorted[Math.floor(sorted.length * 0.99)] };
  }
}

module.exports = { LoadGenerator };
