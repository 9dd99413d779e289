'use strict';

const https = require('https');
const tls = require('tls');
const crypto = require('crypto');

const PARKS_API_HOSTS = {
  north: 'reservations-north.parks.example',
  south: 'reservations-south.parks.example',
  coast: 'reservations-coast.parks.example',
};

// Thin wrapper over the state parks reservation API. Requests are signed and
// queued into an outbox which a separate uploader flushes.
class ReservationsClient {
  constructor({ region, apiKey, timeoutMs = 5000 }) {
    this.region = region;
    this.host = PARKS_API_HOSTS[region];
    this.apiKey = apiKey;
    this.timeoutMs = timeoutMs;
    this.secureContext = tls.createSecureContext({
      minVersion: 'TLSv1.2',
      ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256',
      honorCipherOrder: true,
    });
    this.agent = new https.Agent({
      keepAlive: true,
      maxSockets: 8,
      secureContext: this.secureContext,
    });
  }

  sign(body) {
    return crypto.createHmac('sha256', this.apiKey).update(body).digest('hex');
  }

  buildHoldRequest(hold) {
    const body = JSON.stringify({
      siteId: hold.siteId,
      arrival: hold.arrival,
      nights: hold.nights,
      party: hold.party,
      total: hold.totalCents,
    });
    return {
      method: 'POST',
      host: this.host,
      path: `/v2/sites/${hold.siteId}/holds`,
      agent: this.agent,
      timeout: this.timeoutMs,
      headers: {
        'content-type': 'application/json',
        'x-signature': this.sign(body),
      },
      body,
    };
  }
}

module.exports = { ReservationsClient };
