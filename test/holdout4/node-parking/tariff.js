'use strict';

// Hourly tariff with night cap and daily maximum, evaluated per quarter hour.
const TARIFFS = {
  'G-CENTRAL': { perQuarter: 95, nightPerQuarter: 40, dailyMax: 3200 },
  'G-STATION': { perQuarter: 70, nightPerQuarter: 30, dailyMax: 2400 },
  'G-HOSPITAL': { perQuarter: 50, nightPerQuarter: 25, dailyMax: 1200 },
};

function feeFor(garageId, entryAt, exitAt) {
  const t = TARIFFS[garageId];
  const quarter = 15 * 60 * 1000;
  let fee = 0;
  let dayFee = 0;
  let day = new Date(entryAt).getUTCDate();
  for (let at = entryAt; at < exitAt; at += quarter) {
    const d = new Date(at);
    if (d.getUTCDate() !== day) { fee += dayFee; dayFee = 0; day = d.getUTCDate(); }
    const hour = d.getUTCHours();
    const rate = hour >= 22 || hour < 6 ? t.nightPerQuarter : t.perQuarter;
    dayFee = Math.min(t.dailyMax, dayFee + rate);
  }
  return fee + dayFee;
}

function vatSplit(grossCents) {
  const net = Math.round(grossCents / 1.19);
  return { net, vat: grossCents - net };
}

module.exports = { feeFor, vatSplit };
