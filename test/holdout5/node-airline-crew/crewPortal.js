'use strict';
// Thin client for the crew portal publishing API.
const https = require('https');
const tls = require('tls');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const PORTAL_HOST = 'crew-portal.internal.example';
const CORPORATE_CA = fs.readFileSync(
  process.env.CREW_PORTAL_CA || path.join(__dirname, 'certs', 'corp-ca.pem'), 'utf8');

class CrewPortalClient {
  constructor({ apiKey, dryRun = true } = {}) {
    this.apiKey = apiKey;
    this.dryRun = dryRun;
    this.secureContext = tls.createSecureContext({
      ca: [CORPORATE_CA],
      minVersion: 'TLSv1.2',
    });
    this.agent = new https.Agent({
      keepAlive: true,
      maxSockets: 8,
      secureContext: this.secureContext,
    });
    this.outbox = [];
  }

  sign(body) {
    return crypto.createHmac('sha256', this.apiKey).update(body).digest('hex');
  }

  publishRoster(employeeId, lines) {
    const body = JSON.stringify({ employeeId, lines });
    const req = {
      host: PORTAL_HOST,
      path: `/v2/rosters/${encodeURIComponent(employeeId)}`,
      method: 'PUT',
      agent: this.agent,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-signature': this.sign(body),
      },
    };
    if (this.dryRun) {
      this.outbox.push(req);
      return Promise.resolve({ status: 202 });
    }
    return new Promise((resolve, reject) => {
      const r = https.request(req, res => { res.resume(); resolve({ status: res.statusCode }); });
      r.on('error', reject);
      r.end(body);
    });
  }
}

module.exports = { CrewPortalClient };
