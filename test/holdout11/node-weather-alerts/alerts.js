'use strict';

const { loadThresholds, limitsFor } = require('./thresholds');

const WINDOW = 144; // 24 h of 10-minute observations
const LEVELS = ['none', 'yellow', 'orange', 'red'];

function summarise(history, obs) {
  const recent = [...history, obs].slice(-WINDOW);
  const lastHour = recent.slice(-6);
  const temps = recent.map((o) => o.temp);
  const hourlyTemps = [];
  for (let i = 0; i < recent.length; i += 6) {
    const hour = recent.slice(i, i + 6).map((o) => o.temp);
    hourlyTemps.push(hour.reduce((a, b) => a + b, 0) / hour.length);
  }
  return {
    recent,
    latest: obs,
    maxGust: Math.max(...lastHour.map((o) => o.gust)),
    meanWind: lastHour.map((o) => o.wind).reduce((a, b) => a + b, 0) / lastHour.length,
    rain1h: lastHour.map((o) => o.precip).reduce((a, b) => a + b, 0),
    rain24h: recent.map((o) => o.precip).reduce((a, b) => a + b, 0),
    tMax: Math.max(...temps),
    tMin: Math.min(...temps),
    minVisibility: Math.min(...lastHour.map((o) => o.visibility)),
    hourlyTemps,
  };
}

class StationTracker {
  constructor(station) {
    this.station = station;
    this.history = [];
    this.summary = null;
  }

  push(obs) {
    this.summary = summarise(this.history, obs);
    this.history = this.summary.recent;
  }
}

function levelAbove(value, limit) {
  if (!limit) return 0;
  if (value >= limit.red) return 3;
  if (value >= limit.orange) return 2;
  if (value >= limit.yellow) return 1;
  return 0;
}

function levelBelow(value, limit) {
  if (!limit) return 0;
  if (value <= limit.red) return 3;
  if (value <= limit.orange) return 2;
  if (value <= limit.yellow) return 1;
  return 0;
}

class AlertEngine {
  constructor() {
    this.active = new Map();
    this.events = [];
  }

  evaluate(tracker, ts) {
    const s = tracker.summary;
    if (!s) return;
    const station = tracker.station;
    const config = loadThresholds(station.region);
    const limits = limitsFor(config, station);
    const hot = s.hourlyTemps.slice(-limits.heat.consecutiveHours);
    const checks = {
      wind: Math.max(levelAbove(s.maxGust, limits.gust), levelAbove(s.meanWind, limits.meanWind)),
      rain: Math.max(levelAbove(s.rain1h, limits.rain1h), levelAbove(s.rain24h, limits.rain24h)),
      heat: hot.length === limits.heat.consecutiveHours ? levelAbove(Math.min(...hot), limits.heat) : 0,
      frost: levelBelow(s.tMin, limits.frost),
      fog: levelBelow(s.minVisibility, limits.fog),
    };
    for (const [hazard, level] of Object.entries(checks)) {
      const key = `${station.id}/${hazard}`;
      const current = this.active.get(key);
      if (level > 0 && (!current || level !== current.level)) {
        const action = !current ? 'issue' : level > current.level ? 'escalate' : 'downgrade';
        this.active.set(key, { station: station.id, region: station.region, hazard, level, since: current ? current.since : ts });
        this.events.push({ ts, action, station: station.id, hazard, level: LEVELS[level], configVersion: config.version });
      } else if (level === 0 && current) {
        this.active.delete(key);
        this.events.push({ ts, action: 'cancel', station: station.id, hazard, level: 'none', configVersion: config.version });
      }
    }
  }

  activeIn(region) {
    return [...this.active.values()].filter((a) => a.region === region);
  }
}

module.exports = { StationTracker, AlertEngine, LEVELS };
