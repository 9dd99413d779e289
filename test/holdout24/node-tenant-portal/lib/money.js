'use strict';

function formatRent(amount, currency) {
  const formatter = new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(amount);
}

function roundPence(value) {
  return Math.round(value * 100) / 100;
}

module.exports = { formatRent, roundPence };
