'use strict';

const fs = require('fs');
const path = require('path');

function writeIntervalCsv(dir, buckets) {
  const rows = ['tag,floor,interval_start,unit,samples,mean,min,max,consumption'];
  const sorted = [...buckets.values()].sort((a, b) => (a.tag === b.tag ? a.slot - b.slot : a.tag < b.tag ? -1 : 1));
  for (const b of sorted) {
    const consumption = b.unit === 'kWh' ? (b.last - b.first).toFixed(2) : '';
    rows.push(`${b.tag},${b.floor},${new Date(b.slot).toISOString()},${b.unit},${b.n},${(b.sum / b.n).toFixed(3)},${b.min.toFixed(3)},${b.max.toFixed(3)},${consumption}`);
  }
  const file = path.join(dir, 'intervals.csv');
  fs.writeFileSync(file, rows.join('\n') + '\n');
  return { file, rows: rows.length - 1 };
}

function alarmSummary(events) {
  const byTag = new Map();
  for (const e of events) {
    if (e.kind === 'clear') continue;
    const s = byTag.get(e.tag) || { tag: e.tag, raised: 0, high: 0, low: 0, priority: e.priority };
    s.raised += 1;
    s[e.kind] += 1;
    byTag.set(e.tag, s);
  }
  return [...byTag.values()].sort((a, b) => a.priority - b.priority || b.raised - a.raised).slice(0, 10);
}

module.exports = { writeIntervalCsv, alarmSummary };
