'use strict';

const https = require('https');
const tls = require('tls');

class FeedClient {
  constructor({ baseUrl, ca, cert, key, apiKey, timeoutMs = 5000 }) {
    const url = new URL(baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port) || 443;
    this.apiKey = apiKey;
    this.timeoutMs = timeoutMs;
    this.agent = new https.Agent({
      keepAlive: true,
      maxSockets: 4,
      secureContext: tls.createSecureContext({ ca, cert, key }),
    });
  }

  get(path) {
    return new Promise((resolve, reject) => {
      const req = https.request(
        {
          host: this.host,
          port: this.port,
          path,
          method: 'GET',
          agent: this.agent,
          headers: { 'x-api-key': this.apiKey, accept: 'application/json' },
          timeout: this.timeoutMs,
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            if (res.statusCode !== 200) return reject(new Error(`feed ${path} -> ${res.statusCode}`));
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`feed ${path} timed out`)));
      req.on('error', reject);
      req.end();
    });
  }

  roundFixtures(round) {
    return this.get(`/v2/rounds/${round}`);
  }

  matchEvents(matchId) {
    return this.get(`/v2/matches/${matchId}/events`);
  }

  close() {
    this.agent.destroy();
  }
}

module.exports = { FeedClient };
