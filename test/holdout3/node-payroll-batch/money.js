'use strict';

const LOCALE_BY_CURRENCY = { USD: 'en-US', CAD: 'en-CA', GBP: 'en-GB' };

function formatMoney(amount, currency) {
  const locale = LOCALE_BY_CURRENCY[currency] || 'en-US';
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}

function roundCents(x) {
  return Math.round(x * 100) / 100;
}

module.exports = { formatMoney, roundCents };
