'use strict';
// Money and date formatting for the rendered invoices, in the customer's locale.

function formatMoney(amount, currency, locale) {
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return formatter.format(amount);
}

function formatDate(date, locale) {
  return date.toLocaleDateString(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
}

function formatPercent(rate) {
  return `${(rate * 100).toFixed(0)} %`;
}

module.exports = { formatMoney, formatDate, formatPercent };
