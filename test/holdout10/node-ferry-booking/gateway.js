'use strict';

// A stand-in for the card acquirer: authorisations and captures over HTTP.

const http = require('http');
const crypto = require('crypto');

function luhnValid(pan) {
  let sum = 0;
  let dbl = false;
  for (let i = pan.length - 1; i >= 0; i--) {
    let d = pan.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

function startPaymentGateway() {
  const auths = new Map();
  let seq = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let body;
      try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { body = null; }
      let status = 200;
      let out;
      if (!body) {
        status = 400; out = { error: 'bad_json' };
      } else if (req.url === '/v1/risk') {
        let score = 0;
        if (body.amount > 1500) score += 30;
        if (body.pan.startsWith('4000')) score += 55;
        if (body.velocity > 5) score += 20;
        const digest = crypto.createHash('sha256').update(body.pan + '|' + body.reference).digest('hex');
        out = { score, decision: score >= 50 ? 'review' : 'accept', fingerprint: digest.slice(0, 16) };
      } else if (req.url === '/v1/authorizations') {
        const ok = luhnValid(body.pan) && body.amount > 0 && body.amount < 100000;
        const id = 'au_' + (++seq).toString(36) + crypto.randomBytes(4).toString('hex');
        if (ok) auths.set(id, { amount: body.amount, currency: body.currency, captured: false });
        out = { id, status: ok ? 'authorized' : 'declined', amount: body.amount, currency: body.currency };
      } else if (req.url === '/v1/captures') {
        const a = auths.get(body.authorization);
        if (!a || a.captured) { status = 409; out = { error: 'not_capturable' }; }
        else { a.captured = true; out = { id: 'cp_' + seq.toString(36), status: 'captured', amount: a.amount }; }
      } else {
        status = 404; out = { error: 'not_found' };
      }
      const payload = JSON.stringify(out);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
      res.end(payload);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: server.address().port,
        close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
      });
    });
  });
}

module.exports = { startPaymentGateway };
