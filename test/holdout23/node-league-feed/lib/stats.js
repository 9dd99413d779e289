'use strict';

const EMPTY_LINE = Object.freeze({ pass: 0, shot: 0, goal: 0, tackle: 0, yellow: 0, involvement: 0 });

// Per-player lines for one match, keyed by player id.
function tallyPlayerStats(events) {
  return events.reduce((lines, ev) => {
    const line = lines[ev.player] || EMPTY_LINE;
    return {
      ...lines,
      [ev.player]: { ...line, team: ev.team, [ev.type]: (line[ev.type] || 0) + 1, involvement: line.involvement + 1 },
    };
  }, {});
}

function mergeSeasonStats(season, matchLines) {
  for (const [player, line] of Object.entries(matchLines)) {
    let agg = season.get(player);
    if (!agg) {
      agg = { player, team: line.team, apps: 0, pass: 0, shot: 0, goal: 0, tackle: 0, yellow: 0, involvement: 0 };
      season.set(player, agg);
    }
    agg.apps++;
    agg.pass += line.pass || 0;
    agg.shot += line.shot || 0;
    agg.goal += line.goal || 0;
    agg.tackle += line.tackle || 0;
    agg.yellow += line.yellow || 0;
    agg.involvement += line.involvement;
  }
}

module.exports = { tallyPlayerStats, mergeSeasonStats };
