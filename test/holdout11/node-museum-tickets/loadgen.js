'use strict';

const http = require('http');
const { mulberry32, pick, intBetween } = require('./rng');
const { CURRENCY_BY_LOCALE } = require('./pricing');

const LOCALES = Object.keys(CURRENCY_BY_LOCALE);

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
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

function randomParty(rng) {
  const visitors = [];
  const n = intBetween(rng, 1, 6);
  for (let i = 0; i < n; i++) {
    const r = rng();
    visitors.push({ age: r < 0.25 ? intBetween(rng, 2, 15) : r < 0.85 ? intBetween(rng, 18, 64) : intBetween(rng, 65, 88), student: rng() < 0.15 });
  }
  return visitors;
}

async function runLoad({ port, durationMs, concurrency, catalog, members }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const rng = mulberry32(77);
  const deadline = Date.now() + durationMs;
  const counts = { ok: 0, failed: 0, byStatus: {} };

  function booking() {
    const ex = pick(rng, catalog.exhibitions);
    const day = pick(rng, ex.days);
    const slot = day.slots.length ? pick(rng, day.slots) : { time: '10:00' };
    return {
      exhibitionId: ex.id,
      date: day.date,
      time: slot.time,
      visitors: randomParty(rng),
      locale: pick(rng, LOCALES),
      audioGuide: rng() < 0.4,
      promo: rng() < 0.2 ? pick(rng, ['spring24', 'NIGHTOWL', 'SCHOOLS', 'BOGUS']) : undefined,
    };
  }

  async function worker() {
    while (Date.now() < deadline) {
      const r = rng();
      let res;
      if (r < 0.32) {
        const terms = [pick(rng, catalog.vocabulary)];
        if (rng() < 0.6) terms.push(pick(rng, catalog.vocabulary));
        const day = pick(rng, catalog.exhibitions[0].days).date;
        res = await request(agent, port, 'GET', `/api/exhibitions/search?q=${encodeURIComponent(terms.join(' '))}&date=${day}&locale=${pick(rng, LOCALES)}`);
      } else if (r < 0.47) {
        const ex = pick(rng, catalog.exhibitions);
        res = await request(agent, port, 'GET', `/api/exhibitions/${ex.id}/slots?date=${pick(rng, ex.days).date}`);
      } else if (r < 0.8) {
        res = await request(agent, port, 'POST', '/api/quote', booking());
      } else {
        const body = booking();
        if (rng() < 0.6) {
          const m = pick(rng, members);
          body.memberId = m.id;
          body.pin = rng() < 0.9 ? m.pin : '000000';
        }
        res = await request(agent, port, 'POST', '/api/checkout', body);
      }
      counts.byStatus[res.status] = (counts.byStatus[res.status] || 0) + 1;
      if (res.status < 500) counts.ok++;
      else counts.failed++;
    }
  }

  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return counts;
}

module.exports = { runLoad };
