'use strict';

const http = require('http');
const { mulberry32, pick, intBetween } = require('./rng');
const { PRODUCERS } = require('./cellar');

const LOCALES = ['en-GB', 'fr-FR', 'de-CH', 'en-US', 'it-IT'];
const NOTES = ['Tertiary notes, leather and forest floor.', 'Still tight, decant two hours.', 'Petrol and lime, lovely acidity.',
  'Corked, sadly.', 'Silky tannins, long finish.', 'Past its best, drink up remaining bottles.'];

function call(agent, port, method, path, token, payload) {
  return new Promise((resolve, reject) => {
    const data = payload ? JSON.stringify(payload) : null;
    const headers = { authorization: `Bearer ${token}` };
    if (data) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(data);
    }
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

async function runLoad({ port, cellars, tokens, durationMs, concurrency }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const rng = mulberry32(808);
  const owners = [...tokens].map(([token, cellarId]) => ({ token, cellar: cellars.get(cellarId) }));
  const words = PRODUCERS.flatMap((p) => [p.region, ...p.grapes, p.name.split(' ').pop()]);
  const deadline = Date.now() + durationMs;
  const tally = { requests: 0, statuses: {} };

  async function worker() {
    while (Date.now() < deadline) {
      const who = pick(rng, owners);
      const base = `/${who.cellar.id}`;
      const r = rng();
      let res;
      if (r < 0.45) {
        const q = [pick(rng, words)];
        if (rng() < 0.4) q.push(String(intBetween(rng, 1990, 2020)));
        const colour = rng() < 0.3 ? `&colour=${pick(rng, ['red', 'white', 'sparkling'])}` : '';
        res = await call(agent, port, 'GET', `${base}/bottles?q=${encodeURIComponent(q.join(' '))}${colour}&ready=${rng() < 0.5 ? 1 : 0}`, who.token);
      } else if (r < 0.65) {
        res = await call(agent, port, 'GET', `${base}/valuation?locale=${pick(rng, LOCALES)}`, who.token);
      } else if (r < 0.85) {
        res = await call(agent, port, 'GET', `${base}/drink-now`, who.token);
      } else {
        const ids = [...who.cellar.bottles.keys()];
        res = await call(agent, port, 'POST', `${base}/consume`, who.token, { bottleId: pick(rng, ids), rating: intBetween(rng, 80, 100), note: pick(rng, NOTES) });
      }
      tally.requests++;
      tally.statuses[res.status] = (tally.statuses[res.status] || 0) + 1;
    }
  }

  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return tally;
}

module.exports = { runLoad };
