'use strict';

function formatSupplierAmount(amount, currency) {
  const formatter = new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: 2 });
  return formatter.format(amount);
}

function csvField(value) {
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function renderReconciliation(chain, result, unbilled, hotelsByCode) {
  const out = ['confirmation,hotel,guest,nights,billed,expected,variance,status'];
  const totals = new Map();
  for (const { line, allocation, variance } of result.matched) {
    const hotel = hotelsByCode.get(allocation.hotelCode);
    const status = Math.abs(variance) < 0.01 ? 'OK' : variance > 0 ? 'OVERCHARGED' : 'UNDERCHARGED';
    const t = totals.get(hotel.currency) || { billed: 0, expected: 0 };
    t.billed += line.billed;
    t.expected += allocation.expected;
    totals.set(hotel.currency, t);
    out.push([
      allocation.confirmation, hotel.name, allocation.guestNames, allocation.nights,
      formatSupplierAmount(line.billed, hotel.currency),
      status === 'OK' ? '' : formatSupplierAmount(allocation.expected, hotel.currency),
      variance.toFixed(2), status,
    ].map(csvField).join(','));
  }
  for (const line of result.unknown) out.push([line.confirmation, line.hotelCode, line.guest, line.nights, line.billed, '', '', 'UNKNOWN'].map(csvField).join(','));
  for (const a of unbilled) out.push([a.confirmation, a.hotelCode, a.guestNames, a.nights, '', a.expected, '', 'NOT BILLED'].map(csvField).join(','));
  const summary = [...totals.entries()].map(([cur, t]) => `${chain} ${cur} billed=${t.billed.toFixed(2)} expected=${t.expected.toFixed(2)}`);
  return { csv: out.join('\n'), summary };
}

module.exports = { renderReconciliation, formatSupplierAmount };
