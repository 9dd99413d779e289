'use strict';
const http = require('node:http');
const { renderInvoice } = require('./invoice');

function createServer(keyStore, catalog) {
  const productsBySku = new Map(catalog.products.map((p) => [p.sku, p]));
  let served = 0;

  function readBody(req) {
    return new Promise((resolve, reject) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  }

  async function handleCreateInvoice(req, res) {
    const customer = keyStore.authenticate(req.headers);
    if (!customer) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"error":"unauthorized"}');
      return;
    }
    const order = JSON.parse(await readBody(req));
    const invoice = renderInvoice(customer, order, productsBySku);
    served++;
    const body = JSON.stringify(invoice);
    res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }

  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/invoices') {
      handleCreateInvoice(req, res).catch((err) => {
        res.writeHead(500);
        res.end(String(err && err.message));
      });
    } else if (req.url === '/health') {
      res.end('ok');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  server.stats = () => ({ served });
  return server;
}

module.exports = { createServer };
