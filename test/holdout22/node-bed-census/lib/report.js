'use strict';

const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('en-GB');

function renderReport({ period, census, occupancy, requirement, los, extract }) {
  const lines = [];
  lines.push(`BED CENSUS ${period.from} to ${period.to}`);
  lines.push(`stays completed ${integer.format(census.stays.length)}, still in hospital ${integer.format(census.open.size)}, `
    + `30-day readmissions ${integer.format(census.readmissions)}, feed anomalies ${census.anomalies}`);
  lines.push('');
  lines.push('ward  beds  mean occ  midnight  peak  hrs>92%  worst 24h');
  for (const o of occupancy) {
    lines.push(`${o.ward.padEnd(5)} ${String(o.beds).padStart(4)}  ${percent.format(o.meanOccupancy).padStart(8)}  `
      + `${decimal.format(o.midnightCensus).padStart(8)}  ${String(o.peak).padStart(4)}  ${integer.format(o.hoursOverThreshold).padStart(7)}  `
      + `${decimal.format(o.worst24hMean).padStart(9)}`);
  }
  lines.push('');
  lines.push('beds needed (95% / 99% of hours) by demand growth');
  for (const r of requirement) {
    lines.push(`${r.ward.padEnd(5)} funded ${String(r.beds).padStart(3)}  `
      + r.scenarios.map((s) => `x${s.growth}: ${s.need95}/${s.need99}`).join('  '));
  }
  lines.push('');
  lines.push('specialty              stays  median LOS d  p90 LOS d  21+ day stays');
  for (const row of los) {
    lines.push(`${row.specialty.padEnd(22)} ${integer.format(row.stays).padStart(6)}  ${decimal.format(row.medianDays).padStart(12)}  `
      + `${decimal.format(row.p90Days).padStart(9)}  ${integer.format(row.longStays).padStart(13)}`);
  }
  lines.push('');
  const topTransfers = [...census.transfers].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8);
  lines.push(`top transfers: ${topTransfers.map(([k, v]) => `${k} ${integer.format(v)}`).join(', ')}`);
  lines.push(`extract: ${integer.format(extract.rows)} rows, ${integer.format(extract.patients)} patients, sha256 ${extract.digest}`);
  return lines.join('\n');
}

module.exports = { renderReport };
