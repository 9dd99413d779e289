'use strict';

const { TEAM_NAMES } = require('./teams');

const GIVEN = ['Luca', 'Mathieu', 'Jonas', 'Tadej', 'Remco', 'Primoz', 'Wout', 'Egan', 'Mads', 'Arnaud', 'Pello', 'Enric',
  'Thibaut', 'Jasper', 'Dylan', 'Kasper', 'Oscar', 'Felix', 'Biniam', 'Juan', 'Santiago', 'Tom', 'Magnus', 'Ben'];
const FAMILY = ['Moreau', 'Vinter', 'Kovac', 'Lindqvist', 'Arrieta', 'Dubois', 'Okafor', 'Brandt', 'Salvatori', 'Nakamura',
  'Novak', 'Halvorsen', 'Quintero', 'Berger', 'Laporte', 'Marchetti', 'Jansen', 'Oliveira', 'Tesfaye', 'Rasmussen'];
const NATIONS = ['FRA', 'BEL', 'ITA', 'ESP', 'NED', 'DEN', 'SLO', 'COL', 'NOR', 'GBR', 'ERI', 'AUS', 'GER', 'POR'];

function buildPeloton(rng, teams, riders, ridersPerTeam = 8) {
  TEAM_NAMES.forEach((name, t) => {
    const code = name.split(' ').map((w) => w.slice(0, 2).toUpperCase()).join('').slice(0, 3) + String(t).padStart(2, '0');
    teams.add({ code, name, suspended: false });
    for (let i = 0; i < ridersPerTeam; i++) {
      const bib = (t + 1) * 10 + i + 1;
      riders.add({
        bib,
        name: `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`,
        nation: rng.pick(NATIONS),
        born: rng.int(1991, 2004),
        team: code,
        status: 'rider',
        climbing: 0.85 + rng.next() * 0.3,
        sprinting: 0.85 + rng.next() * 0.3,
        timeTrial: 0.85 + rng.next() * 0.3,
      });
    }
  });
}

module.exports = { buildPeloton };
