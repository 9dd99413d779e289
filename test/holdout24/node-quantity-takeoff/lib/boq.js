'use strict';

const { toCsv } = require('./csv');

function summarise(priced, sections) {
  const bySection = new Map(sections.map((s) => [s.code, { code: s.code, name: s.name, items: 0, labour: 0, plant: 0, material: 0, total: 0, locations: new Map() }]));
  for (const p of priced) {
    const s = bySection.get(p.section);
    s.items += 1;
    s.labour += p.labour;
    s.plant += p.plant;
    s.material += p.material;
    s.total += p.total;
    s.locations.set(p.location, (s.locations.get(p.location) || 0) + p.total);
  }
  return [...bySection.values()];
}

function money(n) {
  const fixed = n.toFixed(2);
  const [whole, frac] = fixed.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

function renderBillOfQuantities(priced) {
  const sorted = priced.slice().sort((a, b) => (a.section === b.section ? (a.rateCode < b.rateCode ? -1 : a.rateCode > b.rateCode ? 1 : 0) : a.section < b.section ? -1 : 1));
  return toCsv(['section', 'ref', 'location', 'description', 'unit', 'quantity', 'rateCode', 'unitRate', 'total'],
    sorted.map((p) => ({ ...p, quantity: p.quantity.toFixed(3), unitRate: p.unitRate.toFixed(2), total: p.total.toFixed(2) })));
}

function renderSummary(sections, rejected, preliminariesPct, contingencyPct) {
  const lines = ['ELEMENTAL COST SUMMARY', ''];
  let construction = 0;
  for (const s of sections) {
    construction += s.total;
    lines.push(`${s.code.padEnd(5)} ${s.name.padEnd(30)} ${String(s.items).padStart(7)} items  ${money(s.total).padStart(16)}`);
    const top = [...s.locations.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
    for (const [loc, amt] of top) lines.push(`        ${loc.padEnd(28)} ${money(amt).padStart(16)}`);
  }
  const prelims = construction * preliminariesPct;
  const contingency = (construction + prelims) * contingencyPct;
  lines.push('');
  lines.push(`Construction works            ${money(construction).padStart(16)}`);
  lines.push(`Preliminaries ${(preliminariesPct * 100).toFixed(1)}%          ${money(prelims).padStart(16)}`);
  lines.push(`Contingency ${(contingencyPct * 100).toFixed(1)}%             ${money(contingency).padStart(16)}`);
  lines.push(`Total                         ${money(construction + prelims + contingency).padStart(16)}`);
  lines.push(`Rejected takeoff rows: ${rejected.length}`);
  return lines.join('\n') + '\n';
}

module.exports = { summarise, renderBillOfQuantities, renderSummary };
