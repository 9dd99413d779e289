'use strict';

const formatterCache = new Map();

function moneyFormatter(locale, currency) {
  const key = locale + '|' + currency;
  let f = formatterCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatterCache.set(key, f);
  }
  return f;
}

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const HTML_UNSAFE = /[&<>"]/g;
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

function escapeHtml(s) {
  return String(s).replace(HTML_UNSAFE, (c) => HTML_ESCAPES[c]);
}

const INVOICE_TEMPLATE = `<article class="invoice"><h1>Invoice {{number}}</h1><p>{{customer}}</p>
<table>{{rows}}</table><p class="subtotal">{{subtotal}}</p><p class="vat">{{vat}}</p><p class="total">{{total}}</p></article>`;

function renderInvoice(invoice) {
  const fmt = moneyFormatter(invoice.locale, invoice.currency);
  const rows = invoice.lines
    .map((l) => `<tr><td>${escapeHtml(l.description)}</td><td>${l.quantity}</td><td>${fmt.format(l.amount)}</td></tr>`)
    .join('');
  const values = {
    number: escapeHtml(invoice.number),
    customer: escapeHtml(invoice.customerName),
    rows,
    subtotal: fmt.format(invoice.subtotal),
    vat: fmt.format(invoice.vat),
    total: fmt.format(invoice.total),
  };
  return INVOICE_TEMPLATE.replace(PLACEHOLDER, (_, k) => values[k]);
}

module.exports = { renderInvoice };
