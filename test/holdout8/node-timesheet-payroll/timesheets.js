'use strict';

const PROJECTS = ['ALPHA', 'BRAVO', 'CHARLIE', 'DELTA', 'ECHO', 'FOXTROT'];

function* generateTimesheetLines({ employees, days, seed }) {
  let s = seed >>> 0;
  const rnd = () => (s = (s * 1664525 + 1013904223) >>> 0) / 0x100000000;
  const start = Date.UTC(2024, 0, 1);
  for (let d = 0; d < days; d++) {
    const date = new Date(start + d * 86400000);
    const dow = date.getUTCDay();
    const iso = date.toISOString().slice(0, 10);
    for (let e = 0; e < employees; e++) {
      if ((dow === 0 || dow === 6) && rnd() > 0.08) continue;
      const inH = 7 + Math.floor(rnd() * 3);
      const inM = Math.floor(rnd() * 4) * 15;
      const outH = inH + 7 + Math.floor(rnd() * 5);
      const outM = Math.floor(rnd() * 4) * 15;
      const pad = (n) => String(n).padStart(2, '0');
      const project = PROJECTS[Math.floor(rnd() * PROJECTS.length)];
      yield `EMP-${String(e).padStart(5, '0')}|${iso}|${pad(inH)}:${pad(inM)}-${pad(outH)}:${pad(outM)}|proj:${project}|${rnd() < 0.1 ? 'oncall' : ''}`;
    }
  }
}

module.exports = { generateTimesheetLines, PROJECTS };
