'use strict';

const CLOSING_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: '2-digit',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

// Amounts are shown in the lot's own currency, in the bidder's locale.
function formatMoney(amount, currency, locale) {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  });
  return formatter.format(amount);
}

function currentPrice(lot) {
  return lot.bids.length ? lot.bids[lot.bids.length - 1].amount : lot.startingBid;
}

function lotSummary(lot, locale) {
  return {
    id: lot.id,
    number: lot.number,
    title: lot.title,
    category: lot.category,
    estimate: `${formatMoney(lot.estimateLow, lot.currency, locale)} – ${formatMoney(lot.estimateHigh, lot.currency, locale)}`,
    bidCount: lot.bids.length,
    closes: CLOSING_FORMAT.format(lot.closesAt),
  };
}

function lotDetail(lot, locale, nextBid) {
  const summary = lotSummary(lot, locale);
  return {
    ...summary,
    artist: lot.artist,
    description: lot.description,
    currentBid: currentPrice(lot),
    currency: lot.currency,
    nextMinimum: nextBid,
    recentBids: lot.bids.slice(-5).reverse().map((b) => ({ paddle: b.paddle, amount: b.amount, at: b.at })),
  };
}

module.exports = { formatMoney, lotSummary, lotDetail, currentPrice };
