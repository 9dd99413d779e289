'use strict';

const https = require('https');
const tls = require('tls');

class AssetRegisterClient {
  constructor({ host, port, extraCa }) {
    this.host = host;
    this.port = port;
    // Trust the public roots plus the estate's internal CA used by the register.
    this.agent = new https.Agent({ keepAlive: true, maxSockets: 4, ca: [...tls.rootCertificates, extraCa] });
  }

  getAsset(assetId) {
    return new Promise((resolve, reject) => {
      const req = https.request({
        host: this.host,
        port: this.port,
        path: `/register/assets/${encodeURIComponent(assetId)}`,
        method: 'GET',
        agent: this.agent,
        servername: 'localhost',
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode === 404) return resolve(null);
          if (res.statusCode >= 400) return reject(new Error(`asset register ${res.statusCode}`));
          return resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        });
      });
      req.on('error', reject);
      req.end();
    });
  }

  close() {
    this.agent.destroy();
  }
}

module.exports = { AssetRegisterClient };
