'use strict';

const crypto = require('crypto');

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const DATE = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: 'short', timeZone: 'UTC' });

// Daily husbandry report per tank, and a SHA-256 of the export so the vet's
// copy can be checked against the hatchery's.
function dailyRows(summary) {
  const rows = [];
  for (const d of summary.days) {
    rows.push(
      [
        summary.tank,
        summary.stage,
        DATE.format(new Date(`${d.day}T00:00:00Z`)),
        NUMBER.format(d.degreeMinutes / 1440),
        NUMBER.format(d.minO2),
        NUMBER.format(d.maxTemp),
        NUMBER.format(d.phSum / d.readings),
        NUMBER.format(d.feedG / 1000),
      ].join(',')
    );
  }
  return rows;
}

function exportDigest(chunks) {
  const hash = crypto.createHash('sha256');
  for (const c of chunks) hash.update(c);
  return hash.digest('hex');
}

module.exports = { dailyRows, exportDigest };
