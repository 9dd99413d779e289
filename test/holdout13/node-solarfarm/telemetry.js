'use strict';
// Aggregation of inverter readings: per-inverter rolling stats, fault detection, line-protocol export.
const { Logger } = require('./logger');
const log = new Logger('telemetry', 'info');

const inverters = new Map();
const exportBuffer = [];
let exportedBytes = 0;

function pad2(n) { return String(n).padStart(2, '0'); }

function formatTimestamp(ts) {
  const d = new Date(ts);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}Z`;
}

function toLineProtocol(site, r) {
  const dcW = r.dcV * r.dcA;
  const entries = [
    ['dc_v', r.dcV], ['dc_a', r.dcA], ['dc_w', dcW], ['ac_w', r.acW], ['ac_v', r.acV], ['ac_hz', r.hz],
    ['pf', r.pf], ['eff', dcW > 0 ? r.acW / dcW : 0], ['temp_c', r.tempC], ['irr', r.irradiance],
  ];
  let fields = '';
  for (const [k, v] of entries) {
    fields += (fields ? ',' : '') + k + '=' + Number(v).toFixed(3).padStart(12, ' ').trim();
  }
  const tags = [
    ['site', site], ['string', r.string], ['inverter', r.inverter], ['day', formatTimestamp(r.ts).slice(0, 10)],
  ].map(([k, v]) => `${k}=${String(v).split('\\').join('\\\\').split(',').join('\\,').split('=').join('\\=').split(' ').join('\\ ')}`).join(',');
  return `inverter_reading,${tags} ${fields} ${formatTimestamp(r.ts)}`;
}

function ingestReading(site, r) {
  log.debug('reading received', { inverter: r.inverter });
  let s = inverters.get(r.inverter);
  if (!s) inverters.set(r.inverter, (s = { n: 0, meanW: 0, m2: 0, peakW: 0, energyWh: 0, lastTs: 0, faults: 0, eff: 0 }));
  s.n++;
  const delta = r.acW - s.meanW;
  s.meanW += delta / s.n;
  s.m2 += delta * (r.acW - s.meanW);
  if (r.acW > s.peakW) s.peakW = r.acW;
  if (s.lastTs) s.energyWh += (r.acW * (r.ts - s.lastTs)) / 3600000;
  s.lastTs = r.ts;
  const dcW = r.dcV * r.dcA;
  const eff = dcW > 0 ? r.acW / dcW : 0;
  s.eff = s.eff * 0.9 + eff * 0.1;
  // simple thermal derating model: expected efficiency falls 0.4%/C above 25C
  const expected = 0.975 - Math.max(0, r.tempC - 25) * 0.004;
  if (r.irradiance > 200 && eff < expected - 0.08) {
    s.faults++;
    if (s.faults % 400 === 1) log.warn('low conversion efficiency', { inverter: r.inverter, eff: +eff.toFixed(3) });
  }
  const line = toLineProtocol(site, r);
  exportBuffer.push(line);
  if (exportBuffer.length >= 2000) {
    for (const l of exportBuffer) exportedBytes += l.length + 1;
    exportBuffer.length = 0;
  }
}

function summary() {
  let totalWh = 0, faults = 0, n = 0;
  for (const s of inverters.values()) { totalWh += s.energyWh; faults += s.faults; n += s.n; }
  return { inverters: inverters.size, readings: n, energyKWh: +(totalWh / 1000).toFixed(2), faults, exportedBytes };
}

module.exports = { ingestReading, summary, log };
