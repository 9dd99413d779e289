'use strict';
const http = require('node:http');
const tls = require('node:tls');

const agents = new Map();
function agentFor(origin) {
  let a = agents.get(origin);
  if (!a) agents.set(origin, (a = new http.Agent({ keepAlive: true, maxSockets: 32 })));
  return a;
}

class DeliveryClient {
  constructor(tenant) {
    this.tenant = tenant;
    this.url = new URL(tenant.endpoint);
    // Only trust the CA certificates the tenant pinned (used for https endpoints).
    this.secureContext = tls.createSecureContext({ ca: tenant.caBundle });
    this.agent = agentFor(this.url.origin);
  }

  deliver(event, signature) {
    const body = JSON.stringify(event);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.url.hostname,
          port: this.url.port,
          path: this.url.pathname,
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'x-relay-signature': signature, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
        }
      );
      req.on('error', reject);
      req.end(body);
    });
  }
}

module.exports = { DeliveryClient };
