'use strict';

const http = require('http');

class LedgerError extends Error {
  constructor(status, body) {
    super(`ledger responded ${status}: ${body}`);
    this.status = status;
  }
}

// Thin JSON client for the settlement/accounts API.
class LedgerClient {
  constructor({ host, port, timeoutMs = 10000 }) {
    this.host = host;
    this.port = port;
    this.timeoutMs = timeoutMs;
    this.calls = 0;
  }

  post(path, payload) {
    const body = JSON.stringify(payload);
    this.calls++;
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.host,
          port: this.port,
          path,
          method: 'POST',
          agent: false,
          timeout: this.timeoutMs,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-client': 'billing-run/3.2',
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c) => (text += c));
          res.on('end', () => {
            if (res.statusCode >= 300) return reject(new LedgerError(res.statusCode, text));
            resolve(JSON.parse(text));
          });
        }
      );
      req.on('timeout', () => req.destroy(new Error(`ledger timeout after ${this.timeoutMs}ms`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  submitDaily(record) {
    return this.post('/v1/settlement/daily', record);
  }

  submitInvoice(invoice) {
    return this.post('/v1/invoices', invoice);
  }
}

// Runs async tasks with at most `limit` in flight.
async function inBatches(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function lane() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

module.exports = { LedgerClient, LedgerError, inBatches };
