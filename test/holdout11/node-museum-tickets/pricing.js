'use strict';

const CURRENCY_BY_LOCALE = {
  'en-GB': 'GBP',
  'de-DE': 'EUR',
  'fr-FR': 'EUR',
  'nl-NL': 'EUR',
  'en-US': 'USD',
  'ja-JP': 'JPY',
  'sv-SE': 'SEK',
};
const FX = { GBP: 0.86, EUR: 1, USD: 1.08, JPY: 168, SEK: 11.4 };

const dateFormatters = new Map();

function categoryFor(visitor) {
  if (visitor.age < 4) return 'infant';
  if (visitor.age < 16) return 'child';
  if (visitor.age >= 65) return 'senior';
  if (visitor.student) return 'concession';
  return 'adult';
}

function priceVisit(exhibition, visitors, { member = null, promo = null, audioGuide = false } = {}) {
  const counts = new Map();
  for (const v of visitors) {
    const cat = categoryFor(v);
    counts.set(cat, (counts.get(cat) || 0) + 1);
  }
  const lines = [];
  for (const [cat, qty] of counts) {
    const unit = cat === 'infant' ? 0 : exhibition.prices[cat];
    lines.push({ label: `${cat[0].toUpperCase()}${cat.slice(1)} admission`, unit, qty, total: unit * qty });
  }
  const adults = counts.get('adult') || 0;
  const children = counts.get('child') || 0;
  if (adults >= 2 && children >= 2) {
    const saving = Math.min(children, 3) * exhibition.prices.child * 0.5;
    if (saving > 0) lines.push({ label: 'Family saving', unit: -saving, qty: 1, total: -saving });
  }
  if (audioGuide && exhibition.audioGuide) {
    lines.push({ label: 'Audio guide', unit: exhibition.audioGuide, qty: visitors.length, total: exhibition.audioGuide * visitors.length });
  }
  let subtotal = lines.reduce((s, l) => s + l.total, 0);
  if (member) {
    const off = Math.round(subtotal * member.discount * 100) / 100;
    lines.push({ label: `Member discount (${member.tier})`, unit: -off, qty: 1, total: -off });
    subtotal -= off;
  }
  if (promo && promo.percent) {
    const off = Math.round(subtotal * promo.percent) / 100;
    lines.push({ label: `Promotion ${promo.code}`, unit: -off, qty: 1, total: -off });
    subtotal -= off;
  }
  return { lines, total: Math.max(0, Math.round(subtotal * 100) / 100) };
}

function formatMoney(amountEur, locale) {
  const currency = CURRENCY_BY_LOCALE[locale] || 'EUR';
  const amount = amountEur * FX[currency];
  return amount.toLocaleString(locale, { style: 'currency', currency });
}

function formatVisitDate(isoDate, locale) {
  let fmt = dateFormatters.get(locale);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormatters.set(locale, fmt);
  }
  return fmt.format(new Date(`${isoDate}T00:00:00Z`));
}

function renderReceipt(exhibition, quote, { locale, date, time }) {
  const rows = quote.lines.map((l) => ({
    label: l.label,
    qty: l.qty,
    unit: formatMoney(l.unit, locale),
    total: formatMoney(l.total, locale),
  }));
  return {
    heading: `${exhibition.title} — ${exhibition.wing}`,
    when: `${formatVisitDate(date, locale)}, ${time}`,
    rows,
    total: formatMoney(quote.total, locale),
  };
}

module.exports = { priceVisit, renderReceipt, formatMoney, CURRENCY_BY_LOCALE };
