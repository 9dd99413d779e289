'use strict';

function formatMoney(amount, currency, locale) {
  const fmt = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return fmt.format(amount);
}

const percentFormatters = new Map();
function formatPercent(rate, locale) {
  let fmt = percentFormatters.get(locale);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    percentFormatters.set(locale, fmt);
  }
  return fmt.format(rate);
}

function renderInvoice(customer, order, productsBySku) {
  const lines = [];
  let subtotal = 0;
  let tax = 0;
  for (const item of order.items) {
    const p = productsBySku.get(item.sku);
    const net = p.unitPrice * item.qty;
    const lineTax = net * p.taxRate;
    subtotal += net;
    tax += lineTax;
    lines.push({
      sku: p.sku,
      description: p.name,
      quantity: item.qty,
      unitPrice: formatMoney(p.unitPrice, customer.currency, customer.locale),
      taxRate: formatPercent(p.taxRate, customer.locale),
      total: formatMoney(net + lineTax, customer.currency, customer.locale),
    });
  }
  return {
    invoiceNumber: order.id,
    customer: customer.name,
    lines,
    subtotal: formatMoney(subtotal, customer.currency, customer.locale),
    tax: formatMoney(tax, customer.currency, customer.locale),
    total: formatMoney(subtotal + tax, customer.currency, customer.locale),
  };
}

module.exports = { renderInvoice };
