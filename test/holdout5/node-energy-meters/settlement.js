'use strict';
// Per-account aggregation: daily profiles, peak demand, load factor and carbon.

const GRID_INTENSITY = Array.from({ length: 48 }, (_, hh) =>
  180 + 90 * Math.sin(((hh - 10) / 48) * 2 * Math.PI) + (hh >= 32 && hh < 38 ? 40 : 0)); // gCO2/kWh

class AccountLedger {
  constructor(accountId) {
    this.accountId = accountId;
    this.daily = new Map();
    this.kwh = 0;
    this.pence = 0;
    this.carbonGrams = 0;
    this.byBand = { 'off-peak': 0, day: 0, peak: 0 };
  }

  add(reading, priced) {
    let day = this.daily.get(reading.day);
    if (!day) { day = new Float64Array(48); this.daily.set(reading.day, day); }
    day[reading.hh] += reading.kwh;
    this.kwh += reading.kwh;
    this.pence += priced.pence;
    this.carbonGrams += reading.kwh * GRID_INTENSITY[reading.hh];
    this.byBand[priced.band] += reading.kwh;
  }

  estimate(day, hh) {
    let sum = 0, n = 0;
    for (const [d, profile] of this.daily) {
      if (Math.abs(d - day) > 7) continue;
      sum += profile[hh]; n++;
    }
    return n ? sum / n : 0;
  }

  summary(standingChargePence) {
    const dailyPeaks = [];
    const dailyTotals = [];
    for (const profile of this.daily.values()) {
      let peak = 0, total = 0;
      for (let i = 0; i < 48; i++) { const v = profile[i]; total += v; if (v > peak) peak = v; }
      dailyPeaks.push(peak); dailyTotals.push(total);
    }
    dailyPeaks.sort((a, b) => a - b);
    dailyTotals.sort((a, b) => a - b);
    const p95 = dailyPeaks[Math.floor(dailyPeaks.length * 0.95)] || 0;
    const median = dailyTotals[Math.floor(dailyTotals.length / 2)] || 0;
    const standing = standingChargePence * this.daily.size;
    return {
      accountId: this.accountId,
      kwh: Math.round(this.kwh * 1000) / 1000,
      totalPence: Math.round(this.pence + standing),
      loadFactor: p95 ? Math.round(((median / 48) / p95) * 1000) / 1000 : 0,
      carbonKg: Math.round(this.carbonGrams) / 1000,
      peakShare: this.kwh ? this.byBand.peak / this.kwh : 0,
    };
  }
}

module.exports = { AccountLedger };
