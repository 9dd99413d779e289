'use strict';

const fs = require('fs');
const path = require('path');

const KIND_LABEL = { service: 'Service ring', practice: 'Practice', wedding: 'Wedding', quarter: 'Quarter peal attempt' };

function towerTitle(tower) {
  return `${tower.dedication}, ${tower.place} (${tower.bells} bells, ${tower.tenorCwt} cwt)`;
}

function writeTowerRotas(dir, rotas) {
  const byTower = new Map();
  for (const rota of rotas) {
    const id = rota.event.tower.id;
    if (!byTower.has(id)) byTower.set(id, []);
    byTower.get(id).push(rota);
  }
  let files = 0;
  for (const [id, list] of byTower) {
    const lines = [towerTitle(list[0].event.tower), '='.repeat(60)];
    for (const { event, method, band } of list) {
      lines.push(`${event.date} ${event.time}  ${KIND_LABEL[event.kind]}: ${method}`);
      for (const seat of band) {
        lines.push(`    ${String(seat.bell).padStart(2)}  ${seat.ringer.name}${seat.conductor ? ' (c)' : ''}`);
      }
    }
    fs.writeFileSync(path.join(dir, `rota-${id}.txt`), `${lines.join('\n')}\n`);
    files++;
  }
  return files;
}

function cardLine(assignment, method) {
  const { event } = assignment;
  const conducting = assignment.conductor ? ' (conducting)' : '';
  return `${event.date}  ${event.time}  ${KIND_LABEL[event.kind]}  ${event.tower.dedication}, ${event.tower.place}  bell ${assignment.bell} of ${event.tower.bells}${conducting}  ${method}`;
}

function writeRingerCards(dir, ringers, ledger, methodByEvent) {
  const out = fs.openSync(path.join(dir, 'ringer-cards.txt'), 'w');
  let lines = 0;
  try {
    for (const ringer of ringers) {
      const list = ledger.byRinger.get(ringer.id);
      if (!list) continue;
      const chunk = [`${ringer.name} (${ringer.id}) — ${list.length} engagements`];
      for (const a of list) chunk.push(cardLine(a, methodByEvent.get(a.eventId)));
      chunk.push('');
      fs.writeSync(out, chunk.join('\n'));
      lines += chunk.length;
    }
  } finally {
    fs.closeSync(out);
  }
  return lines;
}

function writeAssignmentsCsv(file, ledger, methodByEvent) {
  const rows = ['event,date,time,kind,tower,bell,ringer,conductor,method'];
  for (const a of ledger.assignments) {
    const e = a.event;
    rows.push(`${e.id},${e.date},${e.time},${e.kind},${e.tower.id},${a.bell},${a.ringerId},${a.conductor ? 1 : 0},"${methodByEvent.get(a.eventId)}"`);
  }
  fs.writeFileSync(file, `${rows.join('\n')}\n`);
  return rows.length - 1;
}

function guildSummary(ringers, ledger, rotas) {
  const counts = ringers.map((r) => (ledger.byRinger.get(r.id) || []).length).sort((a, b) => a - b);
  const idle = counts.filter((c) => c === 0).length;
  const pct = (p) => counts[Math.min(counts.length - 1, Math.floor(counts.length * p))];
  const byKind = {};
  for (const r of rotas) byKind[r.event.kind] = (byKind[r.event.kind] || 0) + 1;
  const shortByKind = {};
  for (const s of ledger.shortfalls) shortByKind[s.event.kind] = (shortByKind[s.event.kind] || 0) + 1;
  return {
    eventsStaffed: rotas.length,
    byKind,
    shortfalls: shortByKind,
    assignments: ledger.assignments.length,
    ringersIdle: idle,
    engagementsPerRinger: { p10: pct(0.1), median: pct(0.5), p90: pct(0.9), max: counts[counts.length - 1] },
  };
}

const EVENT_MINUTES = { service: 45, practice: 120, wedding: 60, quarter: 60 };

function icsStamp(ms) {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function icsEscape(text) {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`);
}

function writeCalendarFeeds(dir, ringers, ledger, methodByEvent, generatedAt) {
  const stamp = icsStamp(generatedAt);
  let events = 0;
  let files = 0;
  for (const ringer of ringers) {
    const list = ledger.byRinger.get(ringer.id);
    if (!list) continue;
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Guild Rota Planner//EN', `X-WR-CALNAME:${icsEscape(ringer.name)} ringing`];
    for (const a of list) {
      const e = a.event;
      const [hh, mm] = e.time.split(':').map(Number);
      const start = e.dayMs + (hh * 60 + mm) * 60000;
      const summary = `${KIND_LABEL[e.kind]} at ${e.tower.place}`;
      const description = `${methodByEvent.get(a.eventId)}; bell ${a.bell} of ${e.tower.bells}${a.conductor ? '; conducting' : ''}`;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${e.id}-${ringer.id}@rota.guild.example`,
        `DTSTAMP:${stamp}`,
        `DTSTART:${icsStamp(start)}`,
        `DTEND:${icsStamp(start + EVENT_MINUTES[e.kind] * 60000)}`,
        `SUMMARY:${icsEscape(summary)}`,
        `LOCATION:${icsEscape(`${e.tower.dedication}, ${e.tower.place}`)}`,
        `DESCRIPTION:${icsEscape(description)}`,
        'END:VEVENT',
      );
      events++;
    }
    lines.push('END:VCALENDAR');
    fs.writeFileSync(path.join(dir, `${ringer.id}.ics`), `${lines.join('\r\n')}\r\n`);
    files++;
  }
  return { files, events };
}

module.exports = { writeTowerRotas, writeRingerCards, writeAssignmentsCsv, writeCalendarFeeds, guildSummary };
