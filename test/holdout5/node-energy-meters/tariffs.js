'use strict';
// Pricing a half-hour of consumption against the customer's tariff.

function isWinter(day) {
  const month = Math.floor((day % 365) / 30.5);
  return month <= 1 || month >= 10;
}

function effectiveTariff(tariff, region, day) {
  const t = JSON.parse(JSON.stringify(tariff));
  const factor = (t.regionAdjustments[region] || 1) *
    (isWinter(day) ? t.seasonal.winterUplift : t.seasonal.summerDiscount);
  for (const band of t.bands) band.ratePence = Math.round(band.ratePence * factor * 1000) / 1000;
  return t;
}

function priceHalfHour(tariff, region, reading) {
  const t = effectiveTariff(tariff, region, reading.day);
  const band = t.bands[reading.hh];
  const net = reading.kwh * band.ratePence;
  return { pence: net * (1 + t.vatRate), band: band.label };
}

module.exports = { priceHalfHour, isWinter };
