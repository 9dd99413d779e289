'use strict';

const { ridersOf } = require('./riders');

const TEAM_NAMES = [
  'Azur Cycling', 'Baltic Velo', 'Cordillera Pro', 'Dolomiti Racing', 'Eifel Wheels', 'Fjord Sport',
  'Garonne Cyclisme', 'Highland Riders', 'Iberia Ruta', 'Jura Team', 'Karst Velo', 'Lusitania CC',
  'Meseta Pro', 'Nordkap Racing', 'Oder Cycling', 'Pannonia Team', 'Quercy Velo', 'Rhone Alpes Pro',
  'Sierra Sur', 'Tatra Racing', 'Umbria Cycling', 'Vosges Team',
];

class TeamRegistry {
  constructor() {
    this.teams = new Map();
  }

  add(team) {
    this.teams.set(team.code, team);
  }

  get(code) {
    return this.teams.get(code);
  }

  all() {
    return [...this.teams.values()];
  }

  // Team classification: sum of the best three riders' times on the stage.
  stageTeamTimes(stageResults, registry) {
    const out = [];
    for (const team of this.all()) {
      const times = ridersOf(team.code, registry)
        .map((r) => stageResults.get(r.bib))
        .filter((res) => res && res.finished)
        .map((res) => res.time)
        .sort((a, b) => a - b);
      if (times.length >= 3) out.push({ team: team.code, time: times[0] + times[1] + times[2] });
    }
    return out.sort((a, b) => a.time - b.time);
  }
}

function countsForTeamClassification(team, rider) {
  return Boolean(team) && !team.suspended && rider.status !== 'guest';
}

module.exports = { TEAM_NAMES, TeamRegistry, countsForTeamClassification };
