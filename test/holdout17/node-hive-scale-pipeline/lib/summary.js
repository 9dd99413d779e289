'use strict';

const fs = require('fs');

class DailySummary {
  constructor() {
    this.rows = new Map();
  }

  add(reading) {
    const day = reading.ts.slice(0, 10);
    const key = `${reading.hiveId}|${day}`;
    let row = this.rows.get(key);
    if (!row) {
      row = { hiveId: reading.hiveId, apiaryId: reading.apiaryId, day, readings: 0, firstNet: null, lastNet: null, minBrood: Infinity, maxBrood: -Infinity, minBattery: Infinity, rssiSum: 0 };
      this.rows.set(key, row);
    }
    row.readings++;
    if (!reading.lidOpen && !reading.scaleFault) {
      if (row.firstNet === null) row.firstNet = reading.netGrams;
      row.lastNet = reading.netGrams;
    }
    if (reading.broodC < row.minBrood) row.minBrood = reading.broodC;
    if (reading.broodC > row.maxBrood) row.maxBrood = reading.broodC;
    if (reading.batteryMv < row.minBattery) row.minBattery = reading.batteryMv;
    row.rssiSum += reading.rssi;
  }

  apiaryTotals() {
    const totals = new Map();
    for (const row of this.rows.values()) {
      const key = `${row.apiaryId}|${row.day}`;
      let t = totals.get(key);
      if (!t) {
        t = { apiaryId: row.apiaryId, day: row.day, hives: 0, netChange: 0 };
        totals.set(key, t);
      }
      t.hives++;
      if (row.firstNet !== null) t.netChange += row.lastNet - row.firstNet;
    }
    return [...totals.values()].sort((a, b) => (a.apiaryId + a.day < b.apiaryId + b.day ? -1 : 1));
  }

  writeCsv(filePath) {
    const lines = ['hive,apiary,day,readings,net_change_g,min_brood_c,max_brood_c,min_battery_mv,mean_rssi'];
    for (const r of this.rows.values()) {
      const change = r.firstNet === null ? '' : String(r.lastNet - r.firstNet);
      lines.push(`${r.hiveId},${r.apiaryId},${r.day},${r.readings},${change},${r.minBrood.toFixed(2)},${r.maxBrood.toFixed(2)},${r.minBattery},${(r.rssiSum / r.readings).toFixed(1)}`);
    }
    fs.writeFileSync(filePath, `${lines.join('\n')}\n`);
    return lines.length - 1;
  }
}

module.exports = { DailySummary };
