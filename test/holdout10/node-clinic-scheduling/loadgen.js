'use strict';

const http = require('http');

function runLoad({ port, token, specialties, sites, patients, start, durationMs, concurrency, seed }) {
  let s = seed >>> 0;
  const rnd = () => { s = (Math.imul(s ^ (s >>> 15), 2246822519) + 374761393) >>> 0; return s / 4294967296; };
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const stats = { requests: 0, status: {}, booked: [] };
  const deadline = Date.now() + durationMs;

  function call(method, path, payload) {
    return new Promise((resolve) => {
      const body = payload ? JSON.stringify(payload) : undefined;
      const headers = { 'x-api-token': token };
      if (body) { headers['content-type'] = 'application/json'; headers['content-length'] = Buffer.byteLength(body); }
      const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (c) => { raw += c; });
        res.on('end', () => {
          stats.requests++;
          stats.status[res.statusCode] = (stats.status[res.statusCode] || 0) + 1;
          resolve({ status: res.statusCode, body: JSON.parse(raw) });
        });
      });
      req.on('error', () => resolve({ status: 0, body: null }));
      req.end(body);
    });
  }

  async function worker() {
    while (Date.now() < deadline) {
      const patient = pick(patients);
      const spec = pick(specialties).code;
      const from = new Date(start + Math.floor(rnd() * 10) * 86400000).toISOString().slice(0, 10);
      const site = rnd() < 0.5 ? pick(sites).code : '';
      const search = await call('GET', `/v1/slots?specialty=${spec}&site=${site}&from=${from}&days=3&locale=${patient.locale}`);
      const r = rnd();
      if (r < 0.55 && search.body && search.body.results && search.body.results.length) {
        const c = pick(search.body.results);
        const slot = pick(c.slots);
        const res = await call('POST', '/v1/appointments', { clinician: c.clinician, patient: patient.id, start: slot.start, reason: 'consultation' });
        if (res.status === 201) stats.booked.push(res.body.id);
      } else if (r < 0.75) {
        await call('GET', `/v1/patients/${patient.id}/appointments`);
      } else if (r < 0.85 && stats.booked.length) {
        await call('DELETE', `/v1/appointments/${stats.booked.splice(Math.floor(rnd() * stats.booked.length), 1)[0]}`);
      }
    }
  }

  const workers = [];
  for (let i = 0; i < concurrency; i++) workers.push(worker());
  return Promise.all(workers).then(() => { agent.destroy(); return stats; });
}

module.exports = { runLoad };
