'use strict';

const { MATS } = require('./course');
const { hms } = require('./results');

// Builds the "race at a glance" lower-third for the TV stream: the ten runners
// furthest along the course, ordered by position then by elapsed time, plus
// the gap to the leader.
class TvGraphics {
  constructor(size = 10) {
    this.size = size;
    this.frames = 0;
    this.lastBoard = [];
  }

  render(standings, at) {
    const onCourse = standings.filter((r) => r.lastMat > 0 && r.startedAt !== null);
    onCourse.sort((a, b) => {
      if (a.lastMat !== b.lastMat) return b.lastMat - a.lastMat;
      return (a.splits[a.lastMat] - a.startedAt) - (b.splits[b.lastMat] - b.startedAt);
    });
    const board = [];
    const leader = onCourse[0];
    for (const r of onCourse.slice(0, this.size)) {
      const elapsed = r.splits[r.lastMat] - r.startedAt;
      const gap = leader && leader.lastMat === r.lastMat ? elapsed - (leader.splits[leader.lastMat] - leader.startedAt) : null;
      board.push(`${String(r.bib).padStart(5)} ${r.name.padEnd(18)} ${r.nation} ${MATS[r.lastMat].id.padEnd(6)} ${hms(elapsed)}${gap ? ' +' + hms(gap) : ''}`);
    }
    const byGender = { M: 0, F: 0 };
    for (const r of onCourse) byGender[r.gender]++;
    this.lastBoard = board;
    this.frames++;
    return { at, board, onCourse: byGender };
  }
}

module.exports = { TvGraphics };
