'use strict';
const path = require('path');
const util = require('util');
const { Logger } = require('./logger');

const TAX_RULES_PATH = path.join(__dirname, 'config', 'tax-rules.js');
const log = new Logger('invoice');

// Base document every invoice starts from: branding, legal footer, layout hints.
const INVOICE_TEMPLATE = {
  issuer: {
    name: 'Northwind Supply AG', vatId: 'DE812345678', address: ['Hafenstrasse 12', '20457 Hamburg', 'Germany'],
    bank: { iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
  },
  layout: {
    paper: 'A4', margins: { top: 20, right: 18, bottom: 24, left: 18 }, font: 'Inter', accent: '#1f6feb',
    columns: [
      { key: 'sku', title: 'Item', width: 18 }, { key: 'title', title: 'Description', width: 42 },
      { key: 'qty', title: 'Qty', width: 8 }, { key: 'unitPrice', title: 'Unit', width: 14 },
      { key: 'tax', title: 'Tax', width: 10 }, { key: 'amount', title: 'Amount', width: 14 },
    ],
  },
  legal: Array.from({ length: 40 }, (_, i) => `Clause ${i + 1}: Payment is due within 30 days of the invoice date. Late payments accrue interest per section ${i + 3}.`),
  currencyTable: Object.fromEntries(['EUR', 'USD', 'GBP', 'JPY', 'AUD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF'].map((c, i) => [c, { symbol: c, decimals: c === 'JPY' ? 0 : 2, position: i % 2 ? 'before' : 'after', label: `Amounts in ${c}` }])),
  lines: [],
  totals: { net: 0, tax: 0, gross: 0 },
  meta: { generator: 'report-builder', schema: 7 },
};

function loadTaxRules() {
  // Finance edits the rules file during close; drop the cached copy so every
  // invoice is computed with the current revision.
  delete require.cache[TAX_RULES_PATH];
  return require(TAX_RULES_PATH);
}

class InvoiceBuilder {
  constructor(catalogIndex) {
    this.catalog = catalogIndex;
  }

  build(account, order) {
    const taxRules = loadTaxRules();
    const doc = JSON.parse(JSON.stringify(INVOICE_TEMPLATE));
    doc.invoiceNo = `INV-${order.orderId}`;
    doc.billTo = { company: account.company, contact: account.billingContact, region: account.region };
    doc.issuedAt = new Date(order.placedAt).toISOString().slice(0, 10);
    doc.taxRevision = taxRules.version;

    for (const line of order.lines) {
      const product = this.catalog.get(line.sku);
      const amount = Math.round(product.unitPrice * line.qty * 100) / 100;
      const tax = taxRules.roundTax(account.region, amount * taxRules.rateFor(account.region, product.category));
      doc.lines.push({ sku: product.sku, title: product.title, qty: line.qty, unitPrice: product.unitPrice, tax, amount });
      doc.totals.net += amount;
      doc.totals.tax += tax;
    }
    doc.totals.gross = Math.round((doc.totals.net + doc.totals.tax) * 100) / 100;

    log.debug(`built invoice ${doc.invoiceNo}: ${util.inspect(doc, { depth: null, breakLength: 120 })}`);
    return doc;
  }
}

module.exports = { InvoiceBuilder };
