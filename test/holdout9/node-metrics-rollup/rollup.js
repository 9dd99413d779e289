'use strict';

class Series {
  constructor(name, kind, key) {
    this.name = name;
    this.kind = kind;
    this.key = key;
    this.count = 0;
    this.sum = 0;
    this.last = 0;
    this.values = new Float64Array(1024);
    this.size = 0;
  }

  add(value, sampleRate) {
    this.count += this.kind === 'c' ? 1 / sampleRate : 1;
    this.sum += this.kind === 'c' ? value / sampleRate : value;
    this.last = value;
    if (this.kind === 'ms' || this.kind === 'h') {
      if (this.size === this.values.length) {
        const grown = new Float64Array(this.values.length * 2);
        grown.set(this.values);
        this.values = grown;
      }
      this.values[this.size++] = value;
    }
  }

  percentile(sorted, p) {
    if (this.size === 0) return 0;
    return sorted[Math.min(this.size - 1, Math.floor(p * this.size))];
  }

  snapshot() {
    const sorted = this.values.subarray(0, this.size).sort();
    return {
      name: this.name, key: this.key, kind: this.kind, count: this.count, sum: this.sum, last: this.last,
      p50: this.percentile(sorted, 0.5), p90: this.percentile(sorted, 0.9), p99: this.percentile(sorted, 0.99),
    };
  }
}

class Rollup {
  constructor() {
    // name -> service -> region -> Series
    this.byName = new Map();
    this.hosts = new Set();
  }

  static child(map, key) {
    let next = map.get(key);
    if (next === undefined) {
      next = new Map();
      map.set(key, next);
    }
    return next;
  }

  record(sample) {
    const service = sample.tags.service || '-';
    const region = sample.tags.region || '-';
    const byRegion = Rollup.child(Rollup.child(this.byName, sample.name), service);
    let series = byRegion.get(region);
    if (series === undefined) {
      series = new Series(sample.name, sample.kind, `${sample.name}|service=${service}|region=${region}`);
      byRegion.set(region, series);
    }
    series.add(sample.value, sample.sampleRate);
    if (sample.tags.host) this.hosts.add(sample.tags.host);
  }

  flush() {
    const out = [];
    for (const byService of this.byName.values()) {
      for (const byRegion of byService.values()) {
        for (const s of byRegion.values()) out.push(s.snapshot());
      }
    }
    this.byName.clear();
    return out;
  }
}

module.exports = { Rollup };
