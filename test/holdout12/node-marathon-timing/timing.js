'use strict';

const { MATS, ageGroup } = require('./course');
const { parseRead, BounceFilter, ReadRejected, UnknownChip } = require('./reads');

const FINISH = MATS.length - 1;

class ResultsEngine {
  constructor(field, { gunTime, bounceWindowMs = 10000, snapshotEvery = 200 } = {}) {
    this.gunTime = gunTime;
    this.runners = field.map((r) => ({
      bib: r.bib,
      chip: r.chip,
      name: r.name,
      gender: r.gender,
      age: r.age,
      group: ageGroup(r.age),
      nation: r.nation,
      startedAt: null,
      splits: new Array(MATS.length).fill(null),
      lastMat: -1,
      status: 'DNS',
    }));
    this.filter = new BounceFilter(bounceWindowMs);
    this.snapshotEvery = snapshotEvery;
    this.listeners = [];
    this.stats = { lines: 0, crossings: 0, rejected: {}, outOfOrder: 0, snapshots: 0 };
  }

  onStandings(fn) {
    this.listeners.push(fn);
  }

  ingestLine(line) {
    this.stats.lines++;
    try {
      const read = this.filter.admit(parseRead(line));
      const runner = this.runnerForChip(read.chip);
      this.recordCrossing(runner, read);
    } catch (err) {
      if (!(err instanceof ReadRejected)) throw err;
      this.stats.rejected[err.code] = (this.stats.rejected[err.code] || 0) + 1;
    }
  }

  runnerForChip(chip) {
    const runner = this.runners.find((r) => r.chip === chip);
    if (!runner) throw new UnknownChip({ chip });
    return runner;
  }

  recordCrossing(runner, read) {
    if (read.matIndex <= runner.lastMat) {
      // A late upload from an earlier mat; keep it but do not move the runner back.
      this.stats.outOfOrder++;
      if (runner.splits[read.matIndex] === null) runner.splits[read.matIndex] = read.at;
      return;
    }
    if (read.matIndex === 0) runner.startedAt = read.at;
    runner.splits[read.matIndex] = read.at;
    runner.lastMat = read.matIndex;
    runner.status = read.matIndex === FINISH ? 'FIN' : 'RUN';
    this.stats.crossings++;
    if (this.stats.crossings % this.snapshotEvery === 0) {
      const standings = this.snapshot();
      for (const fn of this.listeners) fn(standings, read.at);
    }
  }

  // The TV graphics and the announcer app each get an immutable copy of the
  // standings so they can never mutate the engine's state by accident.
  snapshot() {
    this.stats.snapshots++;
    return JSON.parse(JSON.stringify(this.runners));
  }

  finish(cutoff) {
    for (const r of this.runners) {
      if (r.status === 'RUN' && cutoff !== undefined) r.status = 'DNF';
      if (r.status === 'RUN') r.status = 'DNF';
    }
    return this.runners;
  }
}

module.exports = { ResultsEngine, FINISH };
