'use strict';

const fs = require('fs');
const path = require('path');

const SEVERITY_RANK = { A: 3, B: 2, C: 1 };

function loadDefectCards(cardsDir, fleetNo) {
  const tramDir = path.join(cardsDir, fleetNo);
  const entries = [];
  for (const name of fs.readdirSync(tramDir)) {
    if (!name.endsWith('.json')) continue;
    const text = fs.readFileSync(path.join(tramDir, name), 'utf8');
    entries.push(JSON.parse(text));
  }
  return { fleetNo, entries };
}

function summariseDefects(card, now) {
  const open = card.entries.filter((e) => e.open);
  open.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.raisedAt - b.raisedAt);
  const bySystem = {};
  for (const e of open) bySystem[e.system] = (bySystem[e.system] || 0) + 1;
  const oldest = open.length ? Math.round((now - Math.min(...open.map((e) => e.raisedAt))) / 86400000) : 0;
  return {
    fleetNo: card.fleetNo,
    open: open.length,
    severityA: open.filter((e) => e.severity === 'A').length,
    bySystem,
    oldestOpenDays: oldest,
    outstandingHours: Math.round(open.reduce((s, e) => s + e.labourHours, 0) * 10) / 10,
    top: open.slice(0, 5).map((e) => ({ ref: e.ref, system: e.system, severity: e.severity })),
  };
}

module.exports = { loadDefectCards, summariseDefects };
