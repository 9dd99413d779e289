'use strict';

const tls = require('tls');
const https = require('https');
const { URL } = require('url');

// Client for the council's messaging gateway (e-mail + SMS). In the test and
// training environments the gateway runs in "spool" mode: messages are kept
// locally and written out by the desk at shutdown instead of being posted.
class GatewayClient {
  constructor({ endpoint, apiKey, mode = 'live', spool, ca }) {
    this.endpoint = new URL(endpoint);
    this.apiKey = apiKey;
    this.mode = mode;
    this.spool = spool;
    this.secureContext = tls.createSecureContext({ ca: ca || tls.rootCertificates, minVersion: 'TLSv1.2' });
    this.agent = new https.Agent({ keepAlive: true, maxSockets: 4, secureContext: this.secureContext });
  }

  send(message) {
    const envelope = {
      to: message.to,
      channel: message.channel,
      template: message.template,
      params: message.params,
      idempotencyKey: message.idempotencyKey,
    };
    if (this.mode === 'spool') {
      this.spool.push(envelope);
      return Promise.resolve({ queued: true });
    }
    return new Promise((resolve, reject) => {
      const body = JSON.stringify(envelope);
      const req = https.request(
        {
          hostname: this.endpoint.hostname,
          port: this.endpoint.port || 443,
          path: `${this.endpoint.pathname.replace(/\/$/, '')}/messages`,
          method: 'POST',
          agent: this.agent,
          headers: { authorization: `Bearer ${this.apiKey}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => (res.statusCode < 300 ? resolve({ queued: true }) : reject(new Error(`gateway ${res.statusCode}`))));
        }
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close() {
    this.agent.destroy();
  }
}

class HoldNotifier {
  constructor({ config, spool, log }) {
    this.config = config;
    this.spool = spool;
    this.log = log;
    this.sent = 0;
  }

  async notifyHoldReady(hold, patron, title, branch) {
    const client = new GatewayClient({
      endpoint: this.config.gatewayUrl,
      apiKey: this.config.gatewayKey,
      mode: this.config.gatewayMode,
      spool: this.spool,
    });
    try {
      await client.send({
        to: patron.prefersSms ? patron.phone : patron.email,
        channel: patron.prefersSms ? 'sms' : 'email',
        template: 'hold-ready',
        params: { name: patron.name, title: title.title, branch: branch.name, pickupBy: hold.pickupBy },
        idempotencyKey: `hold-${hold.id}`,
      });
      this.sent++;
    } finally {
      client.close();
    }
  }
}

module.exports = { GatewayClient, HoldNotifier };
