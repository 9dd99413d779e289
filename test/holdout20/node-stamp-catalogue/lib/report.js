'use strict';

function catalogueReference(entry, item) {
  return `${entry.country} ${entry.number}${entry.variety} ${entry.faceValue} ${entry.colour} perf ${entry.perf} ` +
    `wmk ${entry.watermark} (${item.used ? 'used' : item.gum}, ${item.album})`;
}

function formatPounds(amount) {
  return amount.toLocaleString('en-GB', { style: 'currency', currency: 'GBP' });
}

function addToGradeTotals(totals, row) {
  const key = `${row.entry.country}/${row.grade}/${row.item.used ? 'used' : 'mint'}`;
  const prev = totals[key] || { count: 0, value: 0 };
  return { ...totals, [key]: { count: prev.count + 1, value: prev.value + row.value } };
}

function valuationRows(valued) {
  const rows = [];
  for (const row of valued) {
    rows.push([
      row.item.album, row.item.page, catalogueReference(row.entry, row.item), row.grade, formatPounds(row.value),
    ].join(';'));
  }
  return rows;
}

function gradeSummary(valued) {
  const totals = valued.reduce(addToGradeTotals, {});
  return Object.entries(totals)
    .map(([key, t]) => ({ key, count: t.count, value: Math.round(t.value * 100) / 100 }))
    .sort((a, b) => b.value - a.value);
}

function topPieces(valued, n) {
  return [...valued].sort((a, b) => b.value - a.value).slice(0, n)
    .map((r) => ({ ref: `${r.entry.country} ${r.entry.number}${r.entry.variety}`, grade: r.grade, value: r.value }));
}

module.exports = { valuationRows, gradeSummary, topPieces };
