'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');

// Local copy of the panel's annuity rates, keyed by provider and rating factors.
class RateStore {
  constructor(dir) {
    this.dir = dir;
    this.rates = new Map();
    this.changes = [];
  }

  applyRatePage(rows) {
    let changed = 0;
    for (const row of rows) {
      const key = util.format('%s|%s|%d|%s|%s|%s|%s|%d|%s', row.provider, row.product, row.age, row.sex,
        row.district, row.potBand, row.escalation, row.guarantee, row.health);
      const previous = this.rates.get(key);
      if (previous && previous.effective > row.effective) continue;
      if (!previous || previous.rate !== row.rate) {
        changed++;
        this.changes.push(util.format('%s %s age %d %s: %s -> %s (effective %s)', row.provider, row.product, row.age,
          row.health, previous ? previous.rate.toFixed(4) : 'new', row.rate.toFixed(4), row.effective));
      }
      this.rates.set(key, row);
    }
    return changed;
  }

  bestRates() {
    const best = new Map();
    for (const row of this.rates.values()) {
      const k = `${row.product}|${row.age}|${row.health}`;
      const cur = best.get(k);
      if (!cur || row.rate > cur.rate) best.set(k, row);
    }
    return best;
  }

  writeSnapshot() {
    const file = path.join(this.dir, 'annuity-rates.tsv');
    const out = [];
    for (const [key, row] of this.rates) out.push(`${key}\t${row.rate}\t${row.effective}`);
    fs.writeFileSync(file, out.join('\n'));
    fs.writeFileSync(path.join(this.dir, 'changes.log'), this.changes.join('\n'));
    return { file, rows: out.length };
  }
}

module.exports = { RateStore };
