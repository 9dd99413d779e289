'use strict';

// Bin allocation at each intake site. Loads are segregated by crop and grade
// and dried grain goes to the fullest open bin of the right segregation, so
// that bins are closed (and can be sold from) as early as possible.

const BIN_TONNES = [600, 800, 1000, 1200];

class SiteStore {
  constructor(site) {
    this.site = site;
    this.open = new Map(); // segregation -> bins (open)
    this.closed = [];
    this.seq = 0;
  }

  _newBin(segregation) {
    const cap = BIN_TONNES[this.seq % BIN_TONNES.length] * 1000;
    const bin = { id: `${this.site}-B${String(++this.seq).padStart(3, '0')}`, segregation, capacityKg: cap, fillKg: 0, loads: 0, moistureSum: 0 };
    let list = this.open.get(segregation);
    if (!list) {
      list = [];
      this.open.set(segregation, list);
    }
    list.push(bin);
    return bin;
  }

  allocate(segregation, kg, moisture) {
    const list = this.open.get(segregation) || [];
    let best = null;
    for (const b of list) {
      if (b.capacityKg - b.fillKg >= kg && (!best || b.fillKg > best.fillKg)) best = b;
    }
    if (!best) best = this._newBin(segregation);
    best.fillKg += kg;
    best.loads++;
    best.moistureSum += moisture * kg;
    if (best.capacityKg - best.fillKg < 20000) {
      const open = this.open.get(segregation);
      open.splice(open.indexOf(best), 1);
      this.closed.push(best);
    }
    return best.id;
  }

  summary() {
    const all = [...this.closed];
    for (const list of this.open.values()) all.push(...list);
    let tonnes = 0;
    for (const b of all) tonnes += b.fillKg / 1000;
    return { site: this.site, bins: all.length, closed: this.closed.length, tonnes };
  }
}

class Silos {
  constructor() {
    this.sites = new Map();
  }

  allocate(result) {
    const t = result.ticket;
    let s = this.sites.get(t.site);
    if (!s) {
      s = new SiteStore(t.site);
      this.sites.set(t.site, s);
    }
    return s.allocate(`${t.cropCode}/${result.grade}`, result.dryKg, t.moisture);
  }

  summary() {
    return [...this.sites.values()].map((s) => s.summary());
  }
}

module.exports = { Silos };
