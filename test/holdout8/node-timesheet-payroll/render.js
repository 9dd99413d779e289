'use strict';

const moneyFormats = new Map();
function moneyFormatter(locale, currency) {
  const key = locale + '|' + currency;
  let f = moneyFormats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency });
    moneyFormats.set(key, f);
  }
  return f;
}

const hoursFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function csvRow(slip) {
  const money = moneyFormatter(slip.emp.locale, slip.emp.currency);
  return [
    slip.id,
    MONTHS[slip.month],
    hoursFormat.format(slip.hours),
    money.format(slip.gross),
    money.format(slip.tax),
    money.format(slip.net),
    slip.topProject,
  ]
    .map((v) => (v.includes(',') ? '"' + v + '"' : v))
    .join(',');
}

module.exports = { csvRow };
