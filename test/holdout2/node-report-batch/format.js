'use strict';
// Formatting of report cells for each customer's locale.

const moneyFormats = new Map();

function formatMoney(value, customer) {
  const key = `${customer.locale}/${customer.currency}`;
  let fmt = moneyFormats.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(customer.locale, { style: 'currency', currency: customer.currency });
    moneyFormats.set(key, fmt);
  }
  return fmt.format(value);
}

function formatDate(epochMs, customer) {
  const fmt = new Intl.DateTimeFormat(customer.locale, { year: 'numeric', month: 'short', day: '2-digit', timeZone: 'UTC' });
  return fmt.format(new Date(epochMs));
}

function csvCell(s) {
  const str = String(s);
  return /[",\n]/.test(str) ? `"${str.replace(/"/g, '""')}"` : str;
}

module.exports = { formatMoney, formatDate, csvCell };
