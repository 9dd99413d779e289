'use strict';

const fs = require('fs');
const path = require('path');

const DATE = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' });
const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

function csvCell(v) {
  const s = String(v);
  return s.includes(',') || s.includes('"') ? `"${s.split('"').join('""')}"` : s;
}

function renderRequest(result) {
  const out = [`${result.ref}  ${result.practice.padEnd(15)} ${DATE.format(result.requestedAt)}  outcome: ${result.worst.toUpperCase()}`];
  for (const p of result.parties) {
    out.push(`  - ${p.name} (${p.capacity}): ${p.worst}`);
    for (const f of p.findings) {
      out.push(`      ${f.level.padEnd(8)} ${PERCENT.format(f.score).padStart(6)} ${f.basis.padEnd(5)} ${f.party.name} — ` +
        `${f.party.role} on ${f.party.matter} (partner ${f.party.partner}, opened ${DATE.format(f.party.openedAt)})`);
    }
  }
  return out.join('\n');
}

function writeReport(dir, results) {
  fs.mkdirSync(dir, { recursive: true });
  const sections = { conflict: [], review: [], note: [], none: [] };
  for (const r of results) sections[r.worst].push(r);
  const text = [];
  const csv = [['intake_ref', 'practice', 'party', 'capacity', 'level', 'score', 'register_party', 'register_role', 'matter']];
  for (const level of ['conflict', 'review', 'note', 'none']) {
    text.push(`== ${level.toUpperCase()} (${sections[level].length})`);
    for (const r of sections[level]) {
      text.push(renderRequest(r));
      for (const p of r.parties) {
        for (const f of p.findings) {
          csv.push([r.ref, r.practice, p.name, p.capacity, f.level, f.score.toFixed(3), f.party.name, f.party.role, f.party.matter]);
        }
      }
    }
  }
  fs.writeFileSync(path.join(dir, 'conflict-report.txt'), text.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'conflict-findings.csv'), csv.map((row) => row.map(csvCell).join(',')).join('\n') + '\n');
  return Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, v.length]));
}

module.exports = { writeReport };
