'use strict';

const { FX_FROM_EUR, SEATS } = require('./network');

const FARE_CLASSES = [
  { code: 'SAVER', factor: 0.8, refundable: false },
  { code: 'STANDARD', factor: 1, refundable: false },
  { code: 'FLEX', factor: 1.35, refundable: true },
];
const PASSENGER_FACTORS = { adult: 1, child: 0.5, senior: 0.85, student: 0.9 };

const priceFormatters = new Map();
function priceFormatter(currency) {
  let f = priceFormatters.get(currency);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { style: 'currency', currency });
    priceFormatters.set(currency, f);
  }
  return f;
}

function baseFareEur(trip) {
  const loadFactor = trip.sold / SEATS;
  const yieldStep = loadFactor > 0.85 ? 1.6 : loadFactor > 0.6 ? 1.3 : loadFactor > 0.3 ? 1.1 : 1;
  const peak = trip.departureMin >= 420 && trip.departureMin <= 540 ? 1.15 : 1;
  return Math.max(5.99, Math.round((4 + trip.km * 0.052) * yieldStep * peak * 100) / 100);
}

function quoteTrip(trip, passengers) {
  const base = baseFareEur(trip);
  const fx = FX_FROM_EUR[trip.currency];
  const fmt = priceFormatter(trip.currency);
  return FARE_CLASSES.map((fc) => {
    let total = 0;
    for (const p of passengers) total += base * fc.factor * (PASSENGER_FACTORS[p] || 1);
    const amount = Math.round(total * fx * 100) / 100;
    return { fareClass: fc.code, refundable: fc.refundable, amount, display: fmt.format(amount) };
  });
}

module.exports = { quoteTrip, baseFareEur, PASSENGER_FACTORS };
