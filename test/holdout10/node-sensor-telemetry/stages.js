'use strict';

const { METRICS } = require('./parse');

const RANGES = { t: [-60, 60], h: [0, 100], p: [850, 1090], w: [0, 75], batt: [2.8, 4.4] };

// Attaches registry metadata and applies per-sensor calibration offsets.
class StationEnricher {
  constructor(stations) {
    this.stations = stations;
    this.unknown = 0;
  }

  process(reading) {
    const station = this.stations.find((s) => s.id === reading.station);
    if (!station) {
      this.unknown++;
      return false;
    }
    reading.region = station.region;
    reading.elevation = station.elevation;
    reading.calibration = station.calibration;
    reading.t = reading.values.t - station.calibration.t;
    reading.seaLevelP = reading.values.p + station.elevation / 8.3;
    return true;
  }
}

// Drops physically impossible values.
class RangeValidator {
  constructor() {
    this.rejected = new Map();
  }

  process(reading) {
    for (const m of METRICS) {
      const [lo, hi] = RANGES[m];
      const v = reading.values[m];
      if (v < lo || v > hi) {
        this.rejected.set(m, (this.rejected.get(m) || 0) + 1);
        return false;
      }
    }
    return true;
  }
}

const WINDOW = 48;

// Rolling per-station baselines used to flag sensor spikes.
class BaselineTracker {
  constructor() {
    this.windows = new Map();
    this.spikes = [];
  }

  process(reading) {
    const state = this.windows.get(reading.station) || {};
    for (const m of METRICS) {
      const v = reading.values[m] - (reading.calibration[m] || 0);
      const win = state[m] || [];
      if (win.length >= 12) {
        const mean = win.reduce((a, x) => a + x, 0) / win.length;
        const sd = Math.sqrt(win.reduce((a, x) => a + (x - mean) * (x - mean), 0) / win.length) || 1e-6;
        if (Math.abs(v - mean) / sd > 6) {
          this.spikes.push({ station: reading.station, metric: m, value: v, mean, at: reading.ts });
          continue; // keep spikes out of the baseline
        }
      }
      state[m] = [...win.slice(-(WINDOW - 1)), v];
    }
    this.windows.set(reading.station, { ...state });
    return true;
  }
}

// Hourly min/max/mean per region.
class HourlyAggregator {
  constructor() {
    this.hourly = new Map();
  }

  process(reading) {
    const key = reading.region + ':' + Math.floor(reading.ts / 3600000);
    let agg = this.hourly.get(key);
    if (!agg) {
      agg = { n: 0, tMin: Infinity, tMax: -Infinity, tSum: 0, wMax: 0, pSum: 0 };
      this.hourly.set(key, agg);
    }
    agg.n++;
    if (reading.t < agg.tMin) agg.tMin = reading.t;
    if (reading.t > agg.tMax) agg.tMax = reading.t;
    agg.tSum += reading.t;
    agg.pSum += reading.seaLevelP;
    if (reading.values.w > agg.wMax) agg.wMax = reading.values.w;
    return true;
  }
}

// Tracks daily battery minimum per station to schedule field visits.
class BatteryMonitor {
  constructor() {
    this.daily = new Map();
  }

  process(reading) {
    const key = reading.station + '@' + Math.floor(reading.ts / 86400000);
    const prev = this.daily.get(key);
    if (prev === undefined || reading.values.batt < prev) this.daily.set(key, reading.values.batt);
    return true;
  }

  visitsNeeded(threshold) {
    const stations = new Set();
    for (const [key, v] of this.daily) if (v < threshold) stations.add(key.split('@')[0]);
    return stations.size;
  }
}

module.exports = { StationEnricher, RangeValidator, BaselineTracker, HourlyAggregator, BatteryMonitor, WINDOW };
