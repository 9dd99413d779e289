'use strict';

const fs = require('fs');

// Writes a month of half-hourly meter data the way the meter data management
// system exports it: one row per meter, day and direction with 48 values.
//   MPAN,DATE,DIR,Q,v01..v48        (Q = A actual, E estimated)

const DAY = 86400000;

function householdShape(member, slot, dayOfWeek, rng) {
  const hour = slot / 2;
  let kw = member.baseLoadKw;
  if (hour >= 6.5 && hour < 9) kw += member.eveningPeakKw * 0.45;
  if (hour >= 17 && hour < 21.5) kw += member.eveningPeakKw;
  if (dayOfWeek === 0 || dayOfWeek === 6) kw += hour >= 10 && hour < 16 ? 0.35 : 0;
  if (member.hasHeatPump) kw += hour < 7 || hour >= 22 ? 1.1 : 0.4;
  return Math.max(0, kw * rng.between(0.75, 1.3)) / 2; // kWh in a half hour
}

function solarShape(member, slot, dayIndex, rng) {
  const hour = slot / 2;
  if (hour < 5.5 || hour > 20.5) return 0;
  const x = (hour - 13) / 4.2;
  const cloud = 0.35 + 0.65 * Math.abs(Math.sin(dayIndex * 1.7 + member.solarKwp));
  return Math.max(0, member.solarKwp * Math.exp(-x * x) * cloud * rng.between(0.85, 1.05)) / 2;
}

function writeMonth(file, members, { year, month, rng }) {
  const start = Date.UTC(year, month - 1, 1);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const fd = fs.openSync(file, 'w');
  const lines = ['MPAN,DATE,DIR,Q,' + Array.from({ length: 48 }, (_, i) => `HH${String(i + 1).padStart(2, '0')}`).join(',')];
  let rows = 0;
  for (const m of members) {
    for (let d = 0; d < days; d++) {
      const t = start + d * DAY;
      const date = new Date(t).toISOString().slice(0, 10);
      const dow = new Date(t).getUTCDay();
      const imp = new Array(48);
      const exp = m.hasSolar ? new Array(48) : null;
      const estimated = rng.chance(0.02);
      for (let s = 0; s < 48; s++) {
        const use = householdShape(m, s, dow, rng);
        const gen = exp ? solarShape(m, s, d, rng) : 0;
        const net = use - gen;
        imp[s] = net > 0 ? net.toFixed(3) : '0.000';
        if (exp) exp[s] = net < 0 ? (-net).toFixed(3) : '0.000';
      }
      // A few meters miss readings; the billing run estimates those slots.
      if (rng.chance(0.03)) imp[rng.int(0, 47)] = '';
      lines.push(`${m.mpan},${date},I,${estimated ? 'E' : 'A'},${imp.join(',')}`);
      rows++;
      if (exp) {
        lines.push(`${m.mpan},${date},X,A,${exp.join(',')}`);
        rows++;
      }
    }
    if (lines.length > 2000) {
      fs.writeSync(fd, lines.join('\n') + '\n');
      lines.length = 0;
    }
  }
  if (lines.length) fs.writeSync(fd, lines.join('\n') + '\n');
  fs.closeSync(fd);
  return { rows, days };
}

module.exports = { writeMonth };
