'use strict';

const fs = require('fs');
const path = require('path');

function csvCell(v) {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeShortlists(dir, ranked, shortlistSize) {
  fs.mkdirSync(dir, { recursive: true });
  const summary = [];
  for (const { req, scored } of ranked.values()) {
    const rows = [['rank', 'name', 'email', 'score', 'months', 'city', 'matched', 'evidenced', 'meets_minimum']];
    scored.slice(0, shortlistSize).forEach((s, i) => {
      rows.push([i + 1, s.name, s.email, s.score.toFixed(3), s.months, s.city, s.matched.join(' '), s.evidenced.join(' '),
        s.meetsMinimum ? 'yes' : 'no']);
    });
    fs.writeFileSync(path.join(dir, `${req.id}.csv`), rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n');
    const qualified = scored.filter((s) => s.meetsMinimum).length;
    summary.push({ id: req.id, title: req.title, applicants: scored.length, qualified, top: scored[0] ? scored[0].score : 0 });
  }
  return summary;
}

module.exports = { writeShortlists };
