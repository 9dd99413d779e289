'use strict';
const fs = require('fs');

function money(v) {
  return v.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// Commission statement grouped by insurer and class, plus handler totals and movement report.
function writeStatement(file, priced, rejected) {
  const byInsurer = new Map();
  const byHandler = new Map();
  for (const p of priced) {
    const key = `${p.insurer}|${p.class}`;
    const g = byInsurer.get(key) || { insurer: p.insurer, cls: p.class, count: 0, net: 0, ipt: 0, commission: 0, fees: 0 };
    g.count++; g.net += p.net; g.ipt += p.ipt; g.commission += p.commission; g.fees += p.fee;
    byInsurer.set(key, g);
    const h = byHandler.get(p.handler) || { handler: p.handler, count: 0, income: 0, increase: 0 };
    h.count++; h.income += p.commission + p.fee; h.increase += p.net - p.expiring;
    byHandler.set(p.handler, h);
  }
  const out = ['RENEWAL COMMISSION STATEMENT', ''];
  for (const g of [...byInsurer.values()].sort((a, b) => b.commission - a.commission)) {
    out.push(`${g.insurer.padEnd(6)} ${g.cls.padEnd(24)} ${String(g.count).padStart(5)} ${money(g.net).padStart(16)} ${money(g.ipt).padStart(14)} ${money(g.commission).padStart(14)} ${money(g.fees).padStart(12)}`);
  }
  out.push('', 'HANDLERS');
  for (const h of [...byHandler.values()].sort((a, b) => a.handler.localeCompare(b.handler))) {
    out.push(`${h.handler.padEnd(5)} ${String(h.count).padStart(6)} ${money(h.income).padStart(14)} ${money(h.increase).padStart(16)}`);
  }
  out.push('', `REJECTED ${rejected.length}`);
  for (const r of rejected.slice(0, 200)) out.push(`line ${r.line}: ${r.problems.join('; ')}`);
  fs.writeFileSync(file, out.join('\n') + '\n');
  return { groups: byInsurer.size, handlers: byHandler.size };
}

module.exports = { writeStatement };
