'use strict';

// Produces the raw upload files the field gateways send every few minutes.

const { lcg } = require('./stations');

function pad(n, w) { return String(n).padStart(w, '0'); }

function isoMinute(ms) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:00Z`;
}

function* uploadFiles(stations, { files, linesPerFile, startMs, seed }) {
  const rnd = lcg(seed);
  let clock = startMs;
  for (let f = 0; f < files; f++) {
    const lines = [];
    for (let i = 0; i < linesPerFile; i++) {
      const st = stations[Math.floor(rnd() * stations.length)];
      clock += 50;
      const hour = new Date(clock).getUTCHours();
      const diurnal = Math.sin(((hour - 9) / 24) * 2 * Math.PI) * 5;
      let t = st.baseTemp + diurnal + (rnd() - 0.5) * 2;
      if (rnd() < 0.002) t += 25 * (rnd() < 0.5 ? -1 : 1); // sensor glitch
      const h = 60 + (rnd() - 0.5) * 40;
      const p = 1013 - st.elevation / 8.3 + (rnd() - 0.5) * 6;
      const w = Math.abs((rnd() - 0.3) * 18);
      const batt = 3.3 + rnd() * 0.9;
      if (rnd() < 0.003) {
        lines.push(`${isoMinute(clock)}|${st.id}|ERR sensor bus timeout`);
        continue;
      }
      lines.push(`${isoMinute(clock)}|${st.id}|t=${t.toFixed(2)};h=${h.toFixed(1)};p=${p.toFixed(1)};w=${w.toFixed(1)};batt=${batt.toFixed(2)}`);
    }
    yield { name: `gw-${pad(f % 7, 2)}-${pad(f, 4)}.log`, body: lines.join('\n') };
  }
}

module.exports = { uploadFiles };
