'use strict';

const http = require('http');

function runLoad({ port, titles, members, branches, durationMs, concurrency, seed }) {
  let s = seed >>> 0;
  const rnd = () => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 4294967296; };
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const stats = { requests: 0, status: {}, bytes: 0 };
  const onLoan = []; // [member, copy]
  const hot = titles.filter((t) => t.copyIds.length > 15);
  const deadline = Date.now() + durationMs;

  function call(method, path, payload) {
    return new Promise((resolve) => {
      const body = payload ? JSON.stringify(payload) : null;
      const headers = { 'accept-encoding': 'gzip' };
      if (body) { headers['content-type'] = 'application/json'; headers['content-length'] = Buffer.byteLength(body); }
      const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const buf = Buffer.concat(chunks);
          stats.bytes += buf.length;
          stats.requests++;
          stats.status[res.statusCode] = (stats.status[res.statusCode] || 0) + 1;
          // compressed bodies (availability lists, histories) are only counted, not inspected
          const json = res.headers['content-encoding'] === 'gzip' ? null : JSON.parse(buf.toString('utf8'));
          resolve({ status: res.statusCode, body: json });
        });
      });
      req.on('error', () => resolve({ status: 0, body: null }));
      req.end(body);
    });
  }

  async function worker() {
    while (Date.now() < deadline) {
      const member = pick(members).id;
      const title = rnd() < 0.7 ? pick(hot) : pick(titles);
      const r = rnd();
      if (r < 0.5) {
        await call('GET', `/v1/titles/${title.isbn}/availability?member=${member}`);
      } else if (r < 0.72) {
        const res = await call('POST', '/v1/loans', { member, isbn: title.isbn, branch: pick(branches).code });
        if (res.status === 201) onLoan.push([member, res.body.copy]);
      } else if (r < 0.88 && onLoan.length) {
        const [m, copy] = onLoan.splice(Math.floor(rnd() * onLoan.length), 1)[0];
        await call('POST', '/v1/returns', { member: m, copy });
      } else {
        await call('GET', `/v1/members/${member}/history`);
      }
    }
  }

  const workers = [];
  for (let i = 0; i < concurrency; i++) workers.push(worker());
  return Promise.all(workers).then(() => { agent.destroy(); return stats; });
}

module.exports = { runLoad };
