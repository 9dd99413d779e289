'use strict';

const fs = require('fs');
const path = require('path');
const { riderLabel } = require('./riders');

function formatDuration(ms) {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor(total / 60) % 60;
  const s = total % 60;
  return `${h}h${String(m).padStart(2, '0')}'${String(s).padStart(2, '0')}"`;
}

function formatGap(ms) {
  if (ms <= 0) return 's.t.';
  const total = Math.round(ms / 1000);
  return `+${Math.floor(total / 60)}'${String(total % 60).padStart(2, '0')}"`;
}

function stageSummary(stage, finishers, movements) {
  const lines = [`${stage.race} stage ${stage.number} (${stage.type}, ${stage.length} km)`];
  const winner = finishers[0];
  finishers.slice(0, 10).forEach((f, i) => {
    const move = movements.get(f.rider.bib) || 0;
    const arrow = move > 0 ? `▲${move}` : move < 0 ? `▼${-move}` : '';
    const time = i === 0 ? formatDuration(f.time) : formatGap(f.time - winner.time);
    lines.push(`  ${String(i + 1).padStart(2)}. ${riderLabel(f.rider).padEnd(32)} ${time.padStart(10)} ${arrow}`);
  });
  return lines.join('\n');
}

function writeClassifications(dir, race, standings, teamTotals) {
  const gc = standings.general();
  const leader = gc[0];
  const csv = ['position,bib,rider,team,time,gap'];
  gc.forEach((r, i) => csv.push([i + 1, r.bib, r.name, r.team, formatDuration(r.net), formatGap(r.net - leader.net)].join(',')));
  fs.writeFileSync(path.join(dir, `${race}-gc.csv`), csv.join('\n') + '\n');

  const points = [...gc].sort((a, b) => b.points - a.points || a.net - b.net);
  const kom = [...gc].sort((a, b) => b.kom - a.kom || a.net - b.net);
  const youth = gc.filter((r) => r.born >= 2000);
  const teams = [...teamTotals].sort((a, b) => a[1] - b[1]);
  const jerseys = {
    yellow: leader && riderLabel(leader),
    green: points[0] && riderLabel(points[0]),
    polka: kom[0] && riderLabel(kom[0]),
    white: youth[0] && riderLabel(youth[0]),
    team: teams[0] && `${teams[0][0]} ${formatDuration(teams[0][1])}`,
  };
  fs.writeFileSync(path.join(dir, `${race}-jerseys.json`), JSON.stringify(jerseys, null, 2));
  return jerseys;
}

module.exports = { stageSummary, writeClassifications, formatDuration };
