'use strict';

const fs = require('fs');
const { MATS } = require('./course');

function hms(ms) {
  if (ms === null || ms === undefined) return '';
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

function pacePerKm(ms, km) {
  const s = Math.round(ms / 1000 / km);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}/km`;
}

function rankBy(list, keyFn, field) {
  const groups = new Map();
  for (const r of list) {
    const k = keyFn(r);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(r);
  }
  for (const g of groups.values()) {
    g.sort((a, b) => a.chipMs - b.chipMs);
    g.forEach((r, i) => { r[field] = i + 1; });
  }
}

function buildResults(runners, gunTime) {
  const finishers = [];
  const others = [];
  const last = MATS.length - 1;
  for (const r of runners) {
    const row = { bib: r.bib, name: r.name, gender: r.gender, group: r.group, nation: r.nation, status: r.status };
    if (r.status === 'FIN' && r.startedAt !== null) {
      row.chipMs = r.splits[last] - r.startedAt;
      row.gunMs = r.splits[last] - gunTime;
      row.splits = MATS.slice(1).map((m, i) => (r.splits[i + 1] === null ? null : r.splits[i + 1] - r.startedAt));
      row.secondHalfMs = row.chipMs - (row.splits[3] ?? row.chipMs / 2);
      finishers.push(row);
    } else {
      others.push(row);
    }
  }
  finishers.sort((a, b) => a.chipMs - b.chipMs);
  finishers.forEach((r, i) => { r.place = i + 1; });
  rankBy(finishers, (r) => r.gender, 'genderPlace');
  rankBy(finishers, (r) => r.gender + r.group, 'groupPlace');
  return { finishers, others };
}

function writeCsv(file, { finishers, others }) {
  const header = ['place', 'bib', 'name', 'nation', 'gender', 'gender_place', 'group', 'group_place', 'chip', 'gun', 'pace', 'negative_split', ...MATS.slice(1).map((m) => m.id)];
  const out = fs.createWriteStream(file);
  out.write(header.join(',') + '\n');
  for (const r of finishers) {
    const firstHalf = r.chipMs - r.secondHalfMs;
    out.write([
      r.place, r.bib, JSON.stringify(r.name), r.nation, r.gender, r.genderPlace, r.group, r.groupPlace,
      hms(r.chipMs), hms(r.gunMs), pacePerKm(r.chipMs, 42.195), r.secondHalfMs < firstHalf ? 'Y' : 'N',
      ...r.splits.map(hms),
    ].join(',') + '\n');
  }
  for (const r of others) out.write(['', r.bib, JSON.stringify(r.name), r.nation, r.gender, '', r.group, '', r.status].join(',') + '\n');
  return new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
}

module.exports = { buildResults, writeCsv, hms };
