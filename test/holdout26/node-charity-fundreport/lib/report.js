'use strict';
const zlib = require('zlib');
const { FUNDS } = require('./chart');

const MONEY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];

function money(pence) {
  return MONEY.format(pence / 100);
}

function cell(text, tag = 'td') {
  return `<${tag}>${text}</${tag}>`;
}

// Renders the trustees' annual report pack (SOFA, fund notes, trends, reserves) as compressed HTML.
function renderReport(analysis, transfers, reserves) {
  const parts = ['<html><head><title>Trustees annual report</title></head><body>'];
  parts.push('<h1>Statement of financial activities</h1><table><tr>', cell('', 'th'));
  for (const f of FUNDS) parts.push(cell(f.name, 'th'));
  parts.push('</tr>');
  analysis.sofaLines.forEach((line, i) => {
    parts.push('<tr>', cell(line));
    for (let f = 0; f < FUNDS.length; f++) parts.push(cell(money(analysis.sofa[i][f])));
    parts.push('</tr>');
  });
  parts.push('</table><h2>Funds</h2><table>');
  for (const c of analysis.closing) {
    parts.push('<tr>', cell(c.fund.name), cell(c.fund.type), cell(money(c.opening)), cell(money(c.movement)), cell(money(c.closing)), '</tr>');
  }
  parts.push('</table><h2>Transfers</h2><ul>');
  for (const t of transfers) parts.push(`<li>${t.from} to ${t.to}: ${money(t.pence)}</li>`);
  parts.push('</ul><h2>Monthly movement</h2><table>');
  FUNDS.forEach((f, i) => {
    parts.push('<tr>', cell(f.code));
    for (let m = 0; m < 12; m++) parts.push(cell(`${MONTHS[m]} ${money(analysis.monthly[i][m])}`));
    parts.push('</tr>');
  });
  parts.push('</table><h2>Cost centres</h2><table>');
  for (const [code, c] of [...analysis.centres].sort((a, b) => a[0] - b[0])) {
    parts.push('<tr>', cell(code), cell(money(c.income)), cell(money(c.spend)), cell(c.count), '</tr>');
  }
  parts.push('</table><h2>Reserves cover (months)</h2><table>');
  for (const r of reserves) parts.push('<tr>', cell(r.fund), cell(r.p10), cell(r.median), cell(r.p90), cell(money(r.trend * 100)), '</tr>');
  parts.push('</table><h2>Largest transactions</h2><ol>');
  for (const p of analysis.largest) parts.push(`<li>#${p.id} ${p.fund} ${p.account} ${money(p.pence)}</li>`);
  parts.push('</ol></body></html>');
  const html = parts.join('');
  return { html, gz: zlib.gzipSync(html) };
}

module.exports = { renderReport, money };
