'use strict';

const http = require('http');
const { DAY_MS } = require('./catalogue');
const { createRandom } = require('./random');

// Simulates patients using the online booking front end: look at a clinic's
// availability, book one of the offered slots, and sometimes check their
// upcoming appointments. Clinic managers occasionally pull a day report.
class BookingTraffic {
  constructor({ port, seed, accounts, clinics, firstDay, days, concurrency, sessions }) {
    this.port = port;
    this.seed = seed;
    this.accounts = accounts;
    this.clinics = clinics;
    this.firstDay = firstDay;
    this.days = days;
    this.concurrency = concurrency;
    this.sessions = sessions;
    this.started = 0;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    this.outcomes = new Map();
  }

  request(method, path, { body, auth } = {}) {
    return new Promise((resolve, reject) => {
      const payload = body ? JSON.stringify(body) : null;
      const headers = { accept: 'application/json' };
      if (payload) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = Buffer.byteLength(payload);
      }
      if (auth) headers.authorization = `Patient ${auth.nhsNumber}:${auth.pin}`;
      const req = http.request({ host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent }, (res) => {
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

  count(label, status) {
    const key = `${label} ${status}`;
    this.outcomes.set(key, (this.outcomes.get(key) || 0) + 1);
  }

  // Each session draws from its own seeded stream so the traffic is the same
  // whatever order the responses come back in.
  async session(n) {
    const rand = createRandom(this.seed + n * 7919);
    const account = rand.pick(this.accounts);
    const clinic = rand.chance(0.7)
      ? this.clinics.find((c) => c.town === account.homeTown) || rand.pick(this.clinics)
      : rand.pick(this.clinics);
    const fromDay = this.firstDay + rand.int(0, this.days - 7) * DAY_MS;
    const from = new Date(fromDay).toISOString().slice(0, 10);

    const avail = await this.request('GET', `/clinics/${clinic.id}/availability?from=${from}&days=7`);
    this.count('availability', avail.status);
    const candidates = avail.body.days.flatMap((d) => d.earliest);
    if (candidates.length) {
      const slot = rand.pick(candidates);
      const vaccine = rand.pick(clinic.offered);
      const pin = rand.chance(0.03) ? '0000' : account.pin;
      const booked = await this.request('POST', '/bookings', {
        body: { slotId: slot.slotId, vaccine },
        auth: { nhsNumber: account.nhsNumber, pin },
      });
      this.count('booking', booked.status);
    }
    if (rand.chance(0.35)) {
      const mine = await this.request('GET', `/patients/${account.nhsNumber}/appointments`, { auth: account });
      this.count('appointments', mine.status);
    }
    if (rand.chance(0.08)) {
      const report = await this.request('GET', `/clinics/${clinic.id}/report?day=${from}`);
      this.count('report', report.status);
    }
    if (rand.chance(0.15)) {
      const recall = await this.request('GET', `/clinics/${clinic.id}/recall?day=${from}`);
      this.count('recall', recall.status);
    }
  }

  async worker() {
    while (this.started < this.sessions) {
      this.started += 1;
      await this.session(this.started);
    }
  }

  async run() {
    const workers = [];
    for (let i = 0; i < this.concurrency; i++) workers.push(this.worker());
    await Promise.all(workers);
    this.agent.destroy();
    return this.outcomes;
  }
}

module.exports = { BookingTraffic };
