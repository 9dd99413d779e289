'use strict';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const currencyFormatters = new Map();
const dateFormatters = new Map();

function currency(locale) {
  let f = currencyFormatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: locale === 'en-GB' ? 'GBP' : 'EUR' });
    currencyFormatters.set(locale, f);
  }
  return f;
}

function dateFmt(locale) {
  let f = dateFormatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    dateFormatters.set(locale, f);
  }
  return f;
}

function renderNotice(patron, lines, totalCents) {
  if (!EMAIL_RE.test(patron.email)) return null;
  const money = currency(patron.locale);
  const dates = dateFmt(patron.locale);
  const body = lines.map((l) => `  - ${l.title} (due ${dates.format(l.dueAt)}, ${l.days} days): ${money.format(l.cents / 100)}`);
  return {
    to: patron.email,
    subject: `Overdue items: ${money.format(totalCents / 100)}`,
    text: [`Dear ${patron.name},`, ...body, `Total: ${money.format(totalCents / 100)}`].join('\n'),
  };
}

module.exports = { renderNotice };
