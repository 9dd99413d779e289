'use strict';

const http = require('http');
const { buildInvoice } = require('./billing');
const { renderInvoice } = require('./render');

const ROUTE = /^\/invoices\/(cus_\d+)\/(\d{4}-\d{2})$/;

function createInvoiceServer(ledger, logger) {
  return http.createServer((req, res) => {
    const m = ROUTE.exec(req.url);
    const customer = m && ledger.customers.get(m[1]);
    if (!customer) {
      res.writeHead(404).end();
      return;
    }
    const invoices = [];
    for (let month = 1; month <= 12; month++) {
      const period = `${m[2].slice(0, 4)}-${String(month).padStart(2, '0')}`;
      invoices.push(renderInvoice(buildInvoice(customer, ledger.usageByCustomer.get(customer.id), period)));
    }
    const html = invoices.join('\n');
    if (logger.enabled('debug')) logger.debug(`rendered ${invoices.length} invoices for ${customer.id}`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
    res.end(html);
  });
}

module.exports = { createInvoiceServer };
