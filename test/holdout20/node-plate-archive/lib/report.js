'use strict';

const dateFormat = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const countFormat = new Intl.NumberFormat('en-GB');
const percentFormat = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

function plateSummaryLine(plate, result) {
  const rate = result.sources ? result.matched / result.sources : 0;
  return `${plate.plateId}\t${dateFormat.format(plate.observedAt)}\t${plate.telescope}\t${plate.emulsion}\t` +
    `${countFormat.format(result.sources)} sources\t${percentFormat.format(rate)} matched`;
}

function decadeTable(records) {
  const byDecade = new Map();
  for (const { plate, result } of records) {
    const decade = Math.floor(new Date(plate.observedAt).getUTCFullYear() / 10) * 10;
    let row = byDecade.get(decade);
    if (!row) byDecade.set(decade, (row = { decade, plates: 0, sources: 0, matched: 0 }));
    row.plates++;
    row.sources += result.sources;
    row.matched += result.matched;
  }
  return [...byDecade.values()].sort((a, b) => a.decade - b.decade)
    .map((r) => `${r.decade}s\t${countFormat.format(r.plates)} plates\t${percentFormat.format(r.matched / (r.sources || 1))}`);
}

module.exports = { plateSummaryLine, decadeTable };
