'use strict';

const FINISH_BONUS = [10000, 6000, 4000];
const SPRINT_BONUS = [3000, 2000, 1000];
const FINISH_POINTS = {
  flat: [50, 30, 20, 18, 16, 14, 12, 10, 8, 7, 6, 5, 4, 3, 2],
  hilly: [30, 25, 22, 19, 17, 15, 13, 11, 9, 7, 6, 5, 4, 3, 2],
  mountain: [20, 17, 15, 13, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
  itt: [20, 17, 15, 13, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
};
const SPRINT_POINTS = [20, 17, 15, 13, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
const KOM_POINTS = { HC: [20, 15, 12, 10, 8, 6, 4, 2], 1: [10, 8, 6, 4, 2, 1], 2: [5, 3, 2, 1], 3: [2, 1] };
const SAME_TIME_GAP_MS = 1000;

class RaceStandings {
  constructor(race, riders) {
    this.race = race;
    this.history = [];
    this.riders = riders.all().map((r) => ({
      bib: r.bib,
      name: r.name,
      team: r.team,
      born: r.born,
      gcTime: 0,
      bonus: 0,
      points: 0,
      kom: 0,
      active: true,
      stages: [],
    }));
    this.byBib = new Map(this.riders.map((r) => [r.bib, r]));
  }

  applyStage(stage, crossings) {
    const startMat = stage.mats[0].id;
    const finishMat = stage.mats[stage.mats.length - 1].id;
    const finishers = [];
    for (const rider of this.riders) {
      if (!rider.active) continue;
      const reads = crossings.get(rider.bib);
      const start = reads && reads.has(startMat) ? reads.get(startMat).clock : undefined;
      const finish = reads && reads.has(finishMat) ? reads.get(finishMat).clock : undefined;
      if (start === undefined || finish === undefined) {
        rider.active = false;
        rider.stages.push({ stage: stage.number, status: 'DNF' });
        continue;
      }
      const splits = stage.mats.map((m) => {
        const read = reads.get(m.id);
        return read === undefined ? null : read.clock - start;
      });
      finishers.push({ rider, raw: finish - start, splits });
    }
    finishers.sort((a, b) => a.raw - b.raw);

    // same-time rule: riders finishing in a group share the group's time
    let groupTime = 0;
    for (let i = 0; i < finishers.length; i++) {
      const f = finishers[i];
      if (stage.type === 'itt' || i === 0 || f.raw - finishers[i - 1].raw > SAME_TIME_GAP_MS) groupTime = f.raw;
      f.time = stage.type === 'itt' ? f.raw : Math.floor(groupTime / 1000) * 1000;
    }

    const finishPoints = FINISH_POINTS[stage.type];
    finishers.forEach((f, i) => {
      const bonus = stage.type === 'itt' ? 0 : FINISH_BONUS[i] || 0;
      f.rider.gcTime += f.time;
      f.rider.bonus += bonus;
      f.rider.points += finishPoints[i] || 0;
      f.rider.stages.push({ stage: stage.number, status: 'OK', time: f.time, position: i + 1, bonus, splits: f.splits.map(() => null) });
    });

    // positions and gaps at every mat, for the split tables and the jersey points
    stage.mats.forEach((mat, idx) => {
      const order = finishers.filter((f) => f.splits[idx] !== null).sort((a, b) => a.splits[idx] - b.splits[idx]);
      const leaderSplit = order.length ? order[0].splits[idx] : 0;
      order.forEach((f, i) => {
        f.rider.stages[f.rider.stages.length - 1].splits[idx] = {
          mat: mat.id,
          km: mat.km,
          elapsed: f.splits[idx],
          position: i + 1,
          gap: f.splits[idx] - leaderSplit,
        };
        if (mat.kind === 'sprint') {
          f.rider.points += SPRINT_POINTS[i] || 0;
          f.rider.bonus += SPRINT_BONUS[i] || 0;
        } else if (mat.kind === 'kom') {
          f.rider.kom += KOM_POINTS[mat.category][i] || 0;
        }
      });
    });
    this.history.push(this.snapshot(stage.number));
    return finishers;
  }

  snapshot(stageNumber) {
    const riders = JSON.parse(JSON.stringify(this.riders));
    return { stage: stageNumber, riders };
  }

  general() {
    return this.riders
      .filter((r) => r.active)
      .map((r) => ({ ...r, net: r.gcTime - r.bonus }))
      .sort((a, b) => a.net - b.net || a.bib - b.bib);
  }

  movements() {
    if (this.history.length < 2) return new Map();
    const rank = (snap) => {
      const sorted = snap.riders.filter((r) => r.active).sort((a, b) => a.gcTime - a.bonus - (b.gcTime - b.bonus) || a.bib - b.bib);
      return new Map(sorted.map((r, i) => [r.bib, i + 1]));
    };
    const before = rank(this.history[this.history.length - 2]);
    const after = rank(this.history[this.history.length - 1]);
    const out = new Map();
    for (const [bib, pos] of after) if (before.has(bib)) out.set(bib, before.get(bib) - pos);
    return out;
  }
}

module.exports = { RaceStandings };
