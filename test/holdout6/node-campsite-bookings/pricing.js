'use strict';

const { DAY } = require('./availability');

const SEASON_MULTIPLIER = [0.8, 0.8, 0.9, 1.0, 1.1, 1.35, 1.5, 1.5, 1.2, 1.0, 0.85, 0.9];

function nightlyRateCents(site, when) {
  const d = new Date(when);
  const month = d.getUTCMonth();
  const weekend = d.getUTCDay() === 5 || d.getUTCDay() === 6;
  let rate = site.baseRateCents * SEASON_MULTIPLIER[month];
  if (weekend) rate *= 1.15;
  if (site.hookups >= 2) rate += 700;
  if (site.waterfront) rate *= 1.2;
  return Math.round(rate);
}

function priceStay(site, request) {
  let total = 0;
  const nights = [];
  for (let i = 0; i < request.nights; i++) {
    const cents = nightlyRateCents(site, request.arrival + i * DAY);
    nights.push(cents);
    total += cents;
  }
  const reservationFee = 850;
  const parkTax = Math.round(total * 0.0725);
  return { nights, reservationFee, parkTax, totalCents: total + reservationFee + parkTax };
}

function formatMoney(cents, currency, locale) {
  const fmt = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return fmt.format(cents / 100);
}

function quoteLines(site, request, price) {
  const locale = request.locale;
  const lines = [
    `Site ${site.loop}-${site.number} (${site.capacity} guests)`,
    `Arrival ${new Date(request.arrival).toISOString().slice(0, 10)}, ${request.nights} nights`,
  ];
  price.nights.forEach((cents, i) => lines.push(`  night ${i + 1}: ${formatMoney(cents, 'USD', locale)}`));
  lines.push(`  reservation fee: ${formatMoney(price.reservationFee, 'USD', locale)}`);
  lines.push(`  park tax: ${formatMoney(price.parkTax, 'USD', locale)}`);
  lines.push(`  total: ${formatMoney(price.totalCents, 'USD', locale)}`);
  return lines;
}

module.exports = { priceStay, quoteLines };
