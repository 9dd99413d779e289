'use strict';

const fs = require('fs');
const path = require('path');

function pct(n, d) {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}

// Contractor performance pack: SLA compliance per contractor and a timeline for each order.
function renderSlaReport(orders) {
  const byContractor = new Map();
  const timeline = [];
  for (const o of orders) {
    const c = byContractor.get(o.contractor) || { contractor: o.contractor, orders: 0, responseMet: 0, fixMet: 0, warranty: 0, hours: 0 };
    c.orders += 1;
    if (o.sla.responseMet) c.responseMet += 1;
    if (o.sla.fixMet) c.fixMet += 1;
    if (o.warrantyClaim) c.warranty += 1;
    c.hours += o.labourHours;
    byContractor.set(o.contractor, c);
    const when = (ms) => (ms === null ? 'n/a' : new Date(ms).toLocaleString('en-GB', {
      timeZone: 'Europe/London', weekday: 'short', day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit',
    }));
    timeline.push([
      o.id, o.site, o.priority, o.trade, o.contractor,
      when(Date.parse(o.raisedAt)), when(o.sla.fixBy), when(o.sla.completed),
      o.sla.state, o.sla.responseMet ? 'met' : 'missed', o.sla.fixMet ? 'met' : 'missed',
    ].join('\t'));
  }
  const summary = ['contractor\torders\tresponse\tfix\twarranty\thours'];
  for (const c of [...byContractor.values()].sort((a, b) => b.orders - a.orders)) {
    summary.push([c.contractor, c.orders, pct(c.responseMet, c.orders), pct(c.fixMet, c.orders), c.warranty, c.hours.toFixed(2)].join('\t'));
  }
  return { summary: summary.join('\n') + '\n', timeline: timeline.join('\n') + '\n' };
}

function writeReport(dir, report) {
  fs.writeFileSync(path.join(dir, 'sla-summary.tsv'), report.summary);
  fs.writeFileSync(path.join(dir, 'sla-timeline.tsv'), report.timeline);
  return fs.statSync(path.join(dir, 'sla-timeline.tsv')).size;
}

module.exports = { renderSlaReport, writeReport };
