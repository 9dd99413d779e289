'use strict';

const http = require('http');

// In-process traffic replay: a fixed, seeded mix of searches, bookings,
// look-ups and cancellations from a pool of travel agents.

function request(agent, port, method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : null;
    const h = { ...headers };
    if (payload) {
      h['content-type'] = 'application/json';
      h['content-length'] = Buffer.byteLength(payload);
    }
    const req = http.request({ host: '127.0.0.1', port, method, path, headers: h, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (e) {
          json = null;
        }
        resolve({ status: res.statusCode, json });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

const FIRST = ['Ailsa', 'Callum', 'Morag', 'Euan', 'Isla', 'Fraser', 'Catriona', 'Ruaridh', 'Eilidh', 'Hamish', 'Mairi', 'Lachlan'];
const LAST = ['MacLeod', 'MacDonald', 'Campbell', 'MacNeil', 'Morrison', 'MacKinnon', 'Stewart', 'MacLean', 'Boyd', 'Munro'];
const VEHICLES = ['none', 'none', 'none', 'car5', 'car5', 'car6', 'van', 'bicycle', 'motorcycle', 'campervan'];

function randomParty(rng) {
  const party = { adult: rng.int(1, 3) };
  if (rng.chance(0.35)) party.child = rng.int(1, 3);
  if (rng.chance(0.2)) party.senior = rng.int(1, 2);
  if (rng.chance(0.05)) party.infant = 1;
  return party;
}

async function runLoad({ port, rng, legs, dates, keys, total, concurrency }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const refs = [];
  const latencies = [];
  const statusCounts = {};
  let issued = 0;

  function nextJob() {
    const roll = rng.next();
    const [from, to] = rng.pick(legs);
    const date = rng.pick(dates);
    const key = rng.pick(keys);
    if (roll < 0.5) {
      const party = randomParty(rng);
      const qs = new URLSearchParams({ from, to, date, adults: String(party.adult) });
      if (party.child) qs.set('children', String(party.child));
      if (party.senior) qs.set('seniors', String(party.senior));
      qs.set('vehicle', rng.pick(VEHICLES));
      return { method: 'GET', path: `/api/sailings?${qs}` };
    }
    if (roll < 0.6) {
      return { method: 'GET', path: `/api/departures?port=${from}&date=${date}` };
    }
    if (roll < 0.82) {
      return { method: 'POST', path: '/api/bookings', key, needsSailing: { from, to, date } };
    }
    if (roll < 0.95 && refs.length) {
      return { method: 'GET', path: `/api/bookings/${rng.pick(refs)}`, key };
    }
    if (refs.length) {
      const i = rng.int(0, refs.length - 1);
      const ref = refs[i];
      refs[i] = refs[refs.length - 1];
      refs.pop();
      return { method: 'DELETE', path: `/api/bookings/${ref}`, key };
    }
    return { method: 'GET', path: '/healthz' };
  }

  async function worker() {
    while (issued < total) {
      issued++;
      const job = nextJob();
      const headers = job.key ? { 'x-agent-key': job.key } : {};
      let body = null;
      if (job.needsSailing) {
        // Book the first bookable sailing from a search, like the agent UI does.
        const { from, to, date } = job.needsSailing;
        const party = randomParty(rng);
        const vehicle = rng.pick(VEHICLES);
        const search = await request(agent, port, 'GET', `/api/sailings?from=${from}&to=${to}&date=${date}&adults=${party.adult}&vehicle=${vehicle}`, {}, null);
        const options = (search.json && search.json.sailings) || [];
        const choice = options.find((s) => s.bookable) || options[0];
        if (!choice) continue;
        body = {
          sailingId: choice.sailingId,
          party,
          vehicle,
          lead: { name: `${rng.pick(FIRST)} ${rng.pick(LAST)}`, email: `guest${issued}@example.org` },
        };
      }
      const t0 = process.hrtime.bigint();
      const res = await request(agent, port, job.method, job.path, headers, body);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      statusCounts[res.status] = (statusCounts[res.status] || 0) + 1;
      if (job.method === 'POST' && res.status === 201) refs.push(res.json.ref);
    }
  }

  const started = Date.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] || 0;
  return { requests: latencies.length, elapsed, p50: pct(0.5), p95: pct(0.95), p99: pct(0.99), statusCounts };
}

module.exports = { runLoad };
