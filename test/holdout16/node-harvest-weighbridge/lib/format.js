'use strict';

// Display formatters for printed statements, built once.
const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const tonnes = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const day = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'Europe/London' });

function statementText(body) {
  const out = [`Settlement statement ${body.grower}`, `Loads: ${body.tickets} (${body.rejected} rejected)`];
  for (const l of body.lines) {
    out.push(`  ${l.crop.padEnd(7)} ${l.grade.padEnd(16)} ${String(l.loads).padStart(4)} loads ${tonnes.format(l.dryKg / 1000).padStart(10)} t @ ${money.format(l.pricePerTonne / 100)}/t  ${money.format(l.valuePence / 100)}`);
  }
  out.push(`  Drying charges deducted: ${money.format(body.dryingPence / 100)}`);
  out.push(`  Total due: ${money.format(body.valuePence / 100)}`);
  return out.join('\n');
}

function dayLabel(dayNumber) {
  return day.format(new Date(dayNumber * 86400000));
}

module.exports = { statementText, dayLabel, money, tonnes };
