'use strict';

const { MATS } = require('./course');

const MARATHON_KM = MATS[MATS.length - 1].km;

// Keeps track of who leads at each mat (overall and per age group) and emits
// "new leader" call-outs plus projected finish times for the commentators.
class Announcer {
  constructor() {
    this.leaders = new Map(); // key mat|gender[|group] -> bib
    this.callouts = [];
    this.projections = new Map(); // bib -> projected finish ms
  }

  update(standings, at) {
    const best = new Map();
    for (const r of standings) {
      if (r.startedAt === null) continue;
      for (let m = 1; m <= r.lastMat; m++) {
        const split = r.splits[m];
        if (split === null) continue;
        const elapsed = split - r.startedAt;
        const overallKey = MATS[m].id + '|' + r.gender;
        const groupKey = overallKey + '|' + r.group;
        const o = best.get(overallKey);
        if (!o || elapsed < o.elapsed) best.set(overallKey, { elapsed, runner: r });
        const g = best.get(groupKey);
        if (!g || elapsed < g.elapsed) best.set(groupKey, { elapsed, runner: r });
      }
      if (r.lastMat > 0 && r.status === 'RUN') {
        const km = MATS[r.lastMat].km;
        const elapsed = r.splits[r.lastMat] - r.startedAt;
        // Riegel's formula: slower runners fade more over the remaining distance.
        this.projections.set(r.bib, Math.round(elapsed * Math.pow(MARATHON_KM / km, 1.06)));
      }
    }
    for (const [key, { elapsed, runner }] of best) {
      if (this.leaders.get(key) === runner.bib) continue;
      this.leaders.set(key, runner.bib);
      const [mat, gender, group] = key.split('|');
      this.callouts.push({ at, mat, gender, group: group || null, bib: runner.bib, name: runner.name, elapsedMs: elapsed });
    }
  }
}

module.exports = { Announcer };
