'use strict';
// Account statements: one row per posting with running balance, formatted for the client's locale.

const DAY_MS = 86400000;

function formatAmount(cents, currency, locale) {
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2 });
  return formatter.format(cents / 100);
}

function formatBookingDate(ts, locale) {
  return new Date(ts).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: '2-digit', timeZone: 'UTC' });
}

function agingBuckets(postings, asOf) {
  const buckets = [0, 0, 0, 0];
  for (const p of postings) {
    if (p.side !== 'D') continue;
    const age = (asOf - p.ts) / DAY_MS;
    buckets[age < 30 ? 0 : age < 60 ? 1 : age < 90 ? 2 : 3] += p.amountCents;
  }
  return buckets;
}

function buildStatement(account, postings, period, locale) {
  const sorted = postings.slice().sort((a, b) => a.ts - b.ts || a.entryNo - b.entryNo);
  let running = 0;
  let debits = 0, credits = 0;
  const rows = [];
  for (const p of sorted) {
    const signed = p.side === 'D' ? p.amountCents : -p.amountCents;
    running += signed;
    if (signed > 0) debits += signed; else credits -= signed;
    rows.push({
      date: formatBookingDate(p.ts, locale),
      entry: p.entryNo,
      memo: p.memo.length > 48 ? `${p.memo.slice(0, 45)}...` : p.memo,
      amount: formatAmount(signed, account.currency, locale),
      balance: formatAmount(running, account.currency, locale),
    });
  }
  return {
    account: account.id,
    name: account.name,
    currency: account.currency,
    period,
    rows,
    totals: { debits, credits, closing: running },
    aging: agingBuckets(sorted, period.to),
  };
}

module.exports = { buildStatement };
