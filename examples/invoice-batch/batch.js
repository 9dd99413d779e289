'use strict';
// The monthly invoice run: turns each customer's exported lines and metered usage into
// a priced invoice, renders it, and keeps a ledger of totals per currency.
const { parseQuantity, parseAmount, parseDate } = require('./parse');
const { renderInvoice } = require('./render');

const DAY_MS = 24 * 60 * 60 * 1000;
const USAGE_TIERS = [
  { upTo: 1000, price: 0 },
  { upTo: 5000, price: 0.012 },
  { upTo: Infinity, price: 0.008 },
];

const round2 = (n) => Math.round(n * 100) / 100;

// Tiered price of the month's metered usage, plus the p95 of the samples for the report.
function meterUsage(samples) {
  let units = 0;
  for (let i = 0; i < samples.length; i++) units += samples[i];
  let billable = 0;
  let previous = 0;
  for (const tier of USAGE_TIERS) {
    const inTier = Math.max(0, Math.min(units, tier.upTo) - previous);
    billable += inTier * tier.price;
    previous = tier.upTo;
  }
  const sorted = Float64Array.from(samples).sort();
  return { units, billable: round2(billable), p95: sorted[Math.floor(sorted.length * 0.95)] };
}

function buildInvoice(customer, catalog, discontinued, number, issueDate) {
  const lines = [];
  let skipped = 0;
  for (const row of customer.lines) {
    if (discontinued.includes(row.sku)) {
      skipped += 1;
      continue;
    }
    const product = catalog.find((p) => p.sku === row.sku);
    const quantity = parseQuantity(row.quantity);
    const unitPrice = row.unitPrice === '' ? product.unitPrice : parseAmount(row.unitPrice);
    lines.push({
      sku: row.sku,
      description: `${product.name} (${row.reference})`,
      quantity,
      unitPrice,
      vatRate: product.vatRate,
      net: round2(quantity * unitPrice),
      serviceDate: parseDate(row.serviceDate),
    });
  }
  lines.sort((a, b) => a.serviceDate - b.serviceDate || (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));

  const usage = meterUsage(customer.usage);
  const vatByRate = new Map();
  let net = 0;
  for (const line of lines) {
    const entry = vatByRate.get(line.vatRate) || { base: 0, vat: 0 };
    entry.base = round2(entry.base + line.net);
    entry.vat = round2(entry.base * line.vatRate);
    vatByRate.set(line.vatRate, entry);
    net += line.net;
  }
  if (usage.billable > 0) {
    const entry = vatByRate.get(0.19) || { base: 0, vat: 0 };
    entry.base = round2(entry.base + usage.billable);
    entry.vat = round2(entry.base * 0.19);
    vatByRate.set(0.19, entry);
    net += usage.billable;
  }
  let vat = 0;
  for (const entry of vatByRate.values()) vat += entry.vat;
  return {
    number,
    customer,
    currency: customer.currency,
    locale: customer.locale,
    issueDate,
    dueDate: new Date(issueDate.getTime() + customer.paymentTermsDays * DAY_MS),
    lines,
    skipped,
    usage,
    vatByRate,
    total: round2(net + vat),
  };
}

function runBatch({ catalog, discontinued, customers }, { issueDate }) {
  const ledger = new Map();
  let pages = 0;
  let bytes = 0;
  let skipped = 0;
  customers.forEach((customer, i) => {
    const number = `INV-2024-12-${String(i + 1).padStart(5, '0')}`;
    const invoice = buildInvoice(customer, catalog, discontinued, number, issueDate);
    const text = renderInvoice(invoice);
    bytes += Buffer.byteLength(text);
    pages += Math.ceil(text.split('\n').length / 60);
    skipped += invoice.skipped;
    ledger.set(invoice.currency, round2((ledger.get(invoice.currency) || 0) + invoice.total));
  });
  return { invoices: customers.length, pages, bytes, skipped, ledger: Object.fromEntries(ledger) };
}

module.exports = { runBatch };
