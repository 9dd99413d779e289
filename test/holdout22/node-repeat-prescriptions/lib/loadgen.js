'use strict';

const http = require('http');
const zlib = require('zlib');
const { createRandom } = require('./random');

// Patients using the practice app: open their medication list, then order the
// items that are due. Reception occasionally refreshes the review worklist.
class AppTraffic {
  constructor({ port, seed, patientIds, concurrency, sessions, worklistEvery }) {
    this.port = port;
    this.seed = seed;
    this.patientIds = patientIds;
    this.concurrency = concurrency;
    this.sessions = sessions;
    this.worklistEvery = worklistEvery;
    this.started = 0;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    this.results = new Map();
  }

  call(method, path, body, { decode = true } = {}) {
    return new Promise((resolve, reject) => {
      const payload = body ? JSON.stringify(body) : null;
      const headers = { 'accept-encoding': 'gzip' };
      if (payload) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = Buffer.byteLength(payload);
      }
      const req = http.request({ host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          if (!decode) return resolve({ status: res.statusCode, bytes: raw.length });
          const parse = (buf) => resolve({ status: res.statusCode, body: JSON.parse(buf.toString('utf8')) });
          if (res.headers['content-encoding'] !== 'gzip') return parse(raw);
          zlib.gunzip(raw, (err, plain) => (err ? reject(err) : parse(plain)));
        });
      });
      req.on('error', reject);
      req.end(payload || undefined);
    });
  }

  tally(label, status) {
    const key = `${label} ${status}`;
    this.results.set(key, (this.results.get(key) || 0) + 1);
  }

  // One seeded stream per session keeps the traffic identical regardless of
  // the order responses arrive in.
  async session(n) {
    const rand = createRandom(this.seed + n * 7919);
    if (n % this.worklistEvery === 0) {
      const report = await this.call('GET', '/practice/overdue-reviews');
      this.tally('review-worklist', report.status);
      return;
    }
    const id = rand.pick(this.patientIds);
    const meds = await this.call('GET', `/patients/${id}/medication`);
    this.tally('medication', meds.status);
    const due = meds.body.items.filter((i) => i.orderableNow || rand.chance(0.15)).map((i) => i.itemId);
    if (due.length && rand.chance(0.85)) {
      const order = await this.call('POST', `/patients/${id}/requests`, { itemIds: due });
      this.tally('order', order.status);
      if (order.status === 201) {
        // The app re-renders from its cache; only the download is measured here.
        const refreshed = await this.call('GET', `/patients/${id}/medication`, null, { decode: false });
        this.tally('medication', refreshed.status);
      }
    }
  }

  async worker() {
    while (this.started < this.sessions) {
      this.started += 1;
      await this.session(this.started);
    }
  }

  async run() {
    await Promise.all(Array.from({ length: this.concurrency }, () => this.worker()));
    this.agent.destroy();
    return this.results;
  }
}

module.exports = { AppTraffic };
