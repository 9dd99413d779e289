'use strict';

// Formatters are expensive to build, so each is created once and reused.
const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const slot = new Intl.DateTimeFormat('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

const WEEK_START = Date.UTC(2024, 4, 6, 0, 0, 0); // Monday

function money(pence) {
  return gbp.format(pence / 100);
}

function distance(m) {
  return `${km.format(m / 1000)} km`;
}

function slotLabel(hour) {
  return slot.format(new Date(WEEK_START + hour * 3600e3));
}

module.exports = { money, distance, slotLabel };
