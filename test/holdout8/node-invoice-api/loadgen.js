'use strict';
const http = require('node:http');

function postInvoice(port, apiKey, order) {
  const payload = JSON.stringify(order);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/invoices',
        method: 'POST',
        agent: false,
        headers: {
          authorization: 'Bearer ' + apiKey,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        let size = 0;
        res.on('data', (c) => (size += c.length));
        res.on('end', () => resolve({ status: res.statusCode, size }));
      }
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function runLoad({ port, catalog, totalRequests, concurrency }) {
  const { customers, products, rnd } = catalog;
  let issued = 0;
  let ok = 0;
  let bytes = 0;
  async function worker() {
    while (issued < totalRequests) {
      const n = issued++;
      const customer = customers[n % customers.length];
      const items = [];
      const count = 4 + Math.floor(rnd() * 12);
      for (let i = 0; i < count; i++) {
        items.push({ sku: products[Math.floor(rnd() * products.length)].sku, qty: 1 + Math.floor(rnd() * 9) });
      }
      const r = await postInvoice(port, customer.apiKey, { id: 'INV-' + (100000 + n), items });
      if (r.status === 201) ok++;
      bytes += r.size;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ok, bytes };
}

module.exports = { runLoad };
