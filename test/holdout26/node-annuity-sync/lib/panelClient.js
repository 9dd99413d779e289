'use strict';
const http = require('http');

class PanelClient {
  constructor(port, apiKey) {
    this.port = port;
    this.apiKey = apiKey;
    this.requests = 0;
  }

  // Downloads one page of a provider's rate feed.
  fetchRatePage(providerCode, page) {
    this.requests++;
    return new Promise((resolve, reject) => {
      const req = http.get({
        host: '127.0.0.1', port: this.port, path: `/v2/providers/${providerCode}/rates?page=${page}`,
        agent: false, headers: { 'x-api-key': this.apiKey, accept: 'text/csv' },
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`panel returned ${res.statusCode} for ${providerCode} page ${page}`));
          resolve({ text: Buffer.concat(chunks).toString('utf8'), totalPages: Number(res.headers['x-total-pages']) });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
    });
  }
}

module.exports = { PanelClient };
