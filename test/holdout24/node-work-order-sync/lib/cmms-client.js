'use strict';

const http = require('http');

class CmmsClient {
  constructor({ host, port, token }) {
    this.host = host;
    this.port = port;
    this.token = token;
    this.calls = 0;
  }

  request(method, path, body) {
    const payload = body === undefined ? null : JSON.stringify(body);
    this.calls += 1;
    return new Promise((resolve, reject) => {
      const req = http.request({
        host: this.host,
        port: this.port,
        method,
        path,
        agent: false,
        headers: {
          authorization: `Bearer ${this.token}`,
          accept: 'application/json',
          connection: 'close',
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode >= 400) reject(new Error(`CMMS ${method} ${path} -> ${res.statusCode}`));
          else resolve(text ? JSON.parse(text) : null);
        });
      });
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  }

  fetchPage(page) {
    return this.request('GET', `/api/v2/workorders?page=${page}`);
  }

  pushSyncStatus(id, status) {
    return this.request('POST', `/api/v2/workorders/${id}/sync`, status);
  }

  pushCostLines(id, lines) {
    return this.request('POST', `/api/v2/workorders/${id}/costs`, { lines });
  }

  linkAsset(id, asset) {
    return this.request('POST', `/api/v2/workorders/${id}/asset`, asset);
  }
}

module.exports = { CmmsClient };
