'use strict';

class BalanceLedger {
  constructor(glaciers) {
    this.glaciers = glaciers;
    this.entries = new Map();
    for (const code of glaciers.keys()) this.entries.set(code, new Map());
  }

  record(code, entry) {
    const byStake = this.entries.get(code);
    let series = byStake.get(entry.stakeId);
    if (!series) {
      series = [];
      byStake.set(entry.stakeId, series);
    }
    series.push(entry);
    if (series.length > 64) series.shift();
  }

  stakeBalances(code) {
    const out = [];
    for (const [stakeId, series] of this.entries.get(code)) {
      let sum = 0;
      for (const e of series) sum += e.mwe;
      out.push({ stakeId, elevation: series[0].elevation, mwe: sum / series.length, n: series.length });
    }
    out.sort((a, b) => a.elevation - b.elevation);
    return out;
  }

  bandBalances(code) {
    const glacier = this.glaciers.get(code);
    const stakes = this.stakeBalances(code);
    const bands = glacier.bands.map((b) => ({ ...b, mwe: NaN, stakes: 0 }));
    for (const band of bands) {
      let wsum = 0;
      let w = 0;
      for (const s of stakes) {
        const mid = (band.lower + band.upper) / 2;
        const d = Math.abs(s.elevation - mid);
        const weight = 1 / Math.pow(1 + d / 50, 2);
        wsum += weight * s.mwe;
        w += weight;
        if (s.elevation >= band.lower && s.elevation < band.upper) band.stakes++;
      }
      band.mwe = w > 0 ? wsum / w : 0;
    }
    return bands;
  }

  glacierWide(code) {
    const bands = this.bandBalances(code);
    let area = 0;
    let total = 0;
    for (const b of bands) {
      area += b.areaKm2;
      total += b.areaKm2 * b.mwe;
    }
    const ela = equilibriumLineAltitude(bands);
    return { bands, areaKm2: area, mwe: area > 0 ? total / area : 0, ela };
  }
}

function equilibriumLineAltitude(bands) {
  for (let i = 1; i < bands.length; i++) {
    const a = bands[i - 1];
    const b = bands[i];
    if (a.mwe < 0 && b.mwe >= 0) {
      const t = -a.mwe / (b.mwe - a.mwe);
      return (a.lower + a.upper) / 2 + t * 100;
    }
  }
  return null;
}

module.exports = { BalanceLedger, equilibriumLineAltitude };
