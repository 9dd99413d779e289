'use strict';

const https = require('https');
const tls = require('tls');
const crypto = require('crypto');

// Client for the flour mill's ordering API. In batch mode requests are
// signed and queued to the outbox instead of sent.
class MillClient {
  constructor({ endpoint, apiKey, timeoutMs = 5000 }) {
    this.endpoint = endpoint;
    this.apiKey = apiKey;
    this.secureContext = tls.createSecureContext({ minVersion: 'TLSv1.2', ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384' });
    this.agent = new https.Agent({ keepAlive: true, maxSockets: 4, timeout: timeoutMs, secureContext: this.secureContext });
    this.outbox = [];
  }

  sign(body) {
    return crypto.createHmac('sha256', this.apiKey).update(body).digest('hex');
  }

  reserveFlour(store, kg, day) {
    const body = JSON.stringify({ store, kg: Math.round(kg * 100) / 100, day });
    const req = { method: 'POST', path: '/v2/reservations', body, signature: this.sign(body) };
    this.outbox.push(req);
    return req;
  }

  drain() {
    const n = this.outbox.length;
    this.outbox = [];
    return n;
  }
}

module.exports = { MillClient };
