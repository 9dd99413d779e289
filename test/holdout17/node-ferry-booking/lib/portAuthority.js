'use strict';

const crypto = require('crypto');
const http = require('http');

const DEFAULTS = {
  timeoutMs: 5000,
  maxSockets: 4,
  tokenTtlSeconds: 900,
  audience: 'manifests.port-authority.example',
  userAgent: 'ferry-manifest-sdk/2.3.1',
};

function base64url(obj) {
  return Buffer.from(JSON.stringify(obj)).toString('base64url');
}

class PortAuthorityClient {
  constructor(options) {
    this.config = { ...DEFAULTS, ...options };
    this.endpoint = new URL(this.config.endpoint);
    this.privateKey = crypto.createPrivateKey(this.config.serviceAccount.privateKeyPem);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: this.config.maxSockets });
    this.cachedToken = null;
  }

  accessToken() {
    const now = Math.floor(Date.now() / 1000);
    if (this.cachedToken && this.cachedToken.expires - 60 > now) return this.cachedToken.value;
    const header = base64url({ alg: 'RS256', typ: 'JWT', kid: this.config.serviceAccount.keyId });
    const claims = base64url({
      iss: this.config.serviceAccount.clientEmail,
      aud: this.config.audience,
      iat: now,
      exp: now + this.config.tokenTtlSeconds,
      scope: 'manifest.write',
    });
    const signature = crypto.sign('sha256', Buffer.from(`${header}.${claims}`), this.privateKey).toString('base64url');
    this.cachedToken = { value: `${header}.${claims}.${signature}`, expires: now + this.config.tokenTtlSeconds };
    return this.cachedToken.value;
  }

  lodgeManifestEntry(entry) {
    const payload = JSON.stringify(entry);
    const token = this.accessToken();
    return new Promise((resolve, reject) => {
      const req = http.request({
        host: this.endpoint.hostname,
        port: this.endpoint.port,
        path: `${this.endpoint.pathname.replace(/\/$/, '')}/entries`,
        method: 'POST',
        agent: this.agent,
        timeout: this.config.timeoutMs,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'user-agent': this.config.userAgent,
        },
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 202) return reject(new Error(`port authority returned ${res.statusCode}`));
          return resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        });
      });
      req.on('timeout', () => req.destroy(new Error('port authority timeout')));
      req.on('error', reject);
      req.end(payload);
    });
  }

  close() {
    this.agent.destroy();
  }
}

// In-process stand-in for the port authority's manifest API, used by the test harness.
function startPortAuthorityStub(publicKey) {
  const accepted = new Map();
  const verifiedTokens = new Set();
  let nextId = 1;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const auth = req.headers.authorization || '';
      const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
      if (!verifiedTokens.has(token)) {
        const [h, c, s] = token.split('.');
        const ok = s && crypto.verify('sha256', Buffer.from(`${h}.${c}`), publicKey, Buffer.from(s, 'base64url'));
        if (!ok) {
          res.writeHead(401).end();
          return;
        }
        verifiedTokens.add(token);
      }
      const entry = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const id = `PA-${nextId++}`;
      accepted.set(id, entry);
      const body = JSON.stringify({ id, receivedAt: new Date().toISOString() });
      res.writeHead(202, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 2000;
  return { server, accepted };
}

module.exports = { PortAuthorityClient, startPortAuthorityStub };
