'use strict';
const https = require('https');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const CERT_DIR = path.join(__dirname, 'certs');
const CARRIER_CA = fs.readFileSync(path.join(CERT_DIR, 'carrier-cert.pem'), 'utf8');
const CLIENT_KEY = fs.readFileSync(path.join(CERT_DIR, 'client-key.pem'), 'utf8');
const CLIENT_CERT = fs.readFileSync(path.join(CERT_DIR, 'client-cert.pem'), 'utf8');

// Stand-in for the parcel carrier's rate API (runs in-process for this service's tests/bench).
function startCarrierStub() {
  const server = https.createServer({
    key: fs.readFileSync(path.join(CERT_DIR, 'carrier-key.pem')),
    cert: CARRIER_CA,
  }, (req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const { weightGrams, zone } = JSON.parse(Buffer.concat(chunks).toString() || '{}');
      const cents = 450 + Math.ceil(weightGrams / 500) * 120 + zone * 75;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ service: 'ground', cents, etaDays: 2 + zone }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Rate-quote client. Authenticates with our client certificate (mTLS) and pins the carrier's CA.
class CarrierClient {
  constructor({ port, timeoutMs = 2000 }) {
    this.port = port;
    this.timeoutMs = timeoutMs;
    this.secureContext = tls.createSecureContext({ ca: CARRIER_CA, key: CLIENT_KEY, cert: CLIENT_CERT });
    this.agent = new https.Agent({ keepAlive: true, maxSockets: 4, secureContext: this.secureContext });
  }

  quote(parcel) {
    return new Promise((resolve, reject) => {
      const body = JSON.stringify(parcel);
      const req = https.request({
        host: '127.0.0.1', port: this.port, servername: 'localhost', method: 'POST', path: '/v2/rates',
        agent: this.agent, timeout: this.timeoutMs,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  close() {
    this.agent.destroy();
  }
}

module.exports = { CarrierClient, startCarrierStub };
