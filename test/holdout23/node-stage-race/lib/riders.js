'use strict';

// teams.js requires this module at load time, so team lookups here are
// resolved when called.

class RiderRegistry {
  constructor() {
    this.byBib = new Map();
    this.byTeam = new Map();
  }

  add(rider) {
    this.byBib.set(rider.bib, rider);
    if (!this.byTeam.has(rider.team)) this.byTeam.set(rider.team, []);
    this.byTeam.get(rider.team).push(rider);
  }

  get(bib) {
    return this.byBib.get(bib);
  }

  all() {
    return [...this.byBib.values()];
  }
}

function ridersOf(teamCode, registry) {
  return registry.byTeam.get(teamCode) || [];
}

function riderLabel(rider) {
  return `${rider.name.toUpperCase()} (${rider.team})`;
}

function resolveRead(bib, registry, teams) {
  const { countsForTeamClassification } = require('./teams');
  const rider = registry.get(bib);
  if (!rider) return null;
  const team = teams.get(rider.team);
  return { rider, team, countsForTeam: countsForTeamClassification(team, rider) };
}

module.exports = { RiderRegistry, ridersOf, riderLabel, resolveRead };
