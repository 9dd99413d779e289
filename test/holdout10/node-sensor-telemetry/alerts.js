'use strict';

// Operator-defined alert rules; station selectors use shell-style globs.

const DEFAULT_RULES = [
  { name: 'frost-uplands', stations: 'WX-0*', metric: 't', op: '<', threshold: -1 },
  { name: 'heat-coast', stations: 'WX-2*', metric: 't', op: '>', threshold: 21 },
  { name: 'gale-buoys', stations: 'MB-3*', metric: 'w', op: '>', threshold: 13.5 },
  { name: 'crosswind-airfields', stations: 'AF-4??', metric: 'w', op: '>', threshold: 12 },
  { name: 'low-battery', stations: '*', metric: 'batt', op: '<', threshold: 3.35 },
  { name: 'storm-pressure', stations: '*', metric: 'p', op: '<', threshold: 960 },
  { name: 'fog-plains', stations: 'WX-1*', metric: 'h', op: '>', threshold: 78 },
];

function globMatches(glob, value) {
  const source = '^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$';
  return new RegExp(source).test(value);
}

function compare(op, a, b) {
  return op === '<' ? a < b : a > b;
}

class AlertEngine {
  constructor(rules) {
    this.rules = rules;
    this.open = new Map();
    this.fired = [];
  }

  process(reading) {
    for (const rule of this.rules) {
      if (!globMatches(rule.stations, reading.station)) continue;
      const value = reading.values[rule.metric];
      const key = rule.name + '/' + reading.station;
      const breach = compare(rule.op, value, rule.threshold);
      const wasOpen = this.open.has(key);
      if (breach && !wasOpen) {
        this.open.set(key, reading.ts);
        this.fired.push({ rule: rule.name, station: reading.station, region: reading.region, value, at: reading.ts });
      } else if (!breach && wasOpen) {
        this.open.delete(key);
      }
    }
    return true;
  }
}

module.exports = { AlertEngine, DEFAULT_RULES };
