'use strict';

const { matchesSpecimen } = require('./matcher');

class Catalog {
  constructor(specimens) {
    this.specimens = [];
    this.byId = new Map();
    this.byFamily = new Map();
    this.counts = { total: 0, types: 0, sheets: 0 };
    for (const s of specimens) this.add(s);
  }

  add(specimen) {
    this.specimens.push(specimen);
    this.byId.set(specimen.id, specimen);
    let bucket = this.byFamily.get(specimen.family);
    if (!bucket) {
      bucket = [];
      this.byFamily.set(specimen.family, bucket);
    }
    bucket.push(specimen);
    this.counts.total++;
    this.counts.sheets += specimen.sheets;
    if (specimen.typeStatus) this.counts.types++;
  }

  get(id) {
    return this.byId.get(id) || null;
  }

  search(query) {
    const pool = query.family ? this.byFamily.get(query.family) || [] : this.specimens;
    const hits = [];
    let matched = 0;
    for (let i = 0; i < pool.length; i++) {
      if (matchesSpecimen(pool[i], query)) {
        matched++;
        if (hits.length < query.limit) hits.push(pool[i]);
      }
    }
    return { matched, hits };
  }

  familySummary() {
    const rows = [];
    for (const [family, bucket] of this.byFamily) {
      let oldest = Infinity;
      let newest = -Infinity;
      let types = 0;
      for (const s of bucket) {
        const t = s.collected.getTime();
        if (t < oldest) oldest = t;
        if (t > newest) newest = t;
        if (s.typeStatus) types++;
      }
      rows.push({ family, specimens: bucket.length, types, oldest: new Date(oldest), newest: new Date(newest) });
    }
    rows.sort((a, b) => b.specimens - a.specimens);
    return rows;
  }
}

module.exports = { Catalog };
