'use strict';

function formatMetres(value, locale) {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
}

function renderBalanceReport(glacier, summary, locale) {
  const lines = [];
  lines.push(`${glacier.name} (${glacier.code})`);
  lines.push(`area ${summary.areaKm2.toFixed(2)} km2, balance ${formatMetres(summary.mwe, locale)} w.e.`);
  lines.push(`ELA ${summary.ela === null ? 'not reached' : Math.round(summary.ela) + ' m'}`);
  for (const band of summary.bands) {
    lines.push(`  ${band.lower}-${band.upper} m  ${formatMetres(band.mwe, locale)}  (${band.stakes} stakes, ${band.areaKm2.toFixed(2)} km2)`);
  }
  return lines.join('\n');
}

function renderStakeTable(stakes, locale) {
  return stakes.map((s) => ({
    stake: s.stakeId,
    elevation: Math.round(s.elevation),
    balance: formatMetres(s.mwe, locale),
    readings: s.n,
  }));
}

module.exports = { renderBalanceReport, renderStakeTable, formatMetres };
