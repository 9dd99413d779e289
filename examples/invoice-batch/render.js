'use strict';
// Renders one invoice as fixed-width text, the format the print service expects.
const { formatMoney, formatDate, formatPercent } = require('./format');

const WIDTH = 96;

function pad(text, width) {
  return text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length);
}

function padLeft(text, width) {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function renderInvoice(invoice) {
  const { customer, currency, locale } = invoice;
  const out = [];
  out.push('='.repeat(WIDTH));
  out.push(pad(`INVOICE ${invoice.number}`, WIDTH / 2) + padLeft(`Issued ${formatDate(invoice.issueDate, locale)}`, WIDTH / 2));
  out.push(`${customer.name} (${customer.id}), ${customer.city}`);
  out.push('-'.repeat(WIDTH));
  out.push(pad('SKU', 10) + pad('Description', 28) + padLeft('Qty', 5) + padLeft('Unit price', 16) + padLeft('VAT', 6) + padLeft('Amount', 18) + padLeft('Date', 13));
  for (const line of invoice.lines) {
    out.push(
      pad(line.sku, 10) +
        pad(line.description, 28) +
        padLeft(String(line.quantity), 5) +
        padLeft(line.unitPrice.toFixed(2), 16) +
        padLeft(formatPercent(line.vatRate), 6) +
        padLeft(formatMoney(line.net, currency, locale), 18) +
        padLeft(isoDay(line.serviceDate), 13),
    );
  }
  if (invoice.usage.billable > 0) {
    out.push(pad('USAGE', 10) + pad(`Metered usage, ${invoice.usage.units.toFixed(1)} units (p95 ${invoice.usage.p95.toFixed(2)})`, 66) + padLeft(formatMoney(invoice.usage.billable, currency, locale), 18));
  }
  out.push('-'.repeat(WIDTH));
  for (const [rate, amount] of invoice.vatByRate) {
    out.push(padLeft(`VAT ${formatPercent(rate)} on ${formatMoney(amount.base, currency, locale)}`, 70) + padLeft(formatMoney(amount.vat, currency, locale), 26));
  }
  out.push(padLeft(`Total due ${formatDate(invoice.dueDate, locale)}`, 70) + padLeft(formatMoney(invoice.total, currency, locale), 26));
  out.push('='.repeat(WIDTH));
  return out.join('\n');
}

module.exports = { renderInvoice };
