'use strict';

const util = require('util');
const { mulberry32, pick } = require('./rng');

const TEAMS = ['billing-desk', 'access-desk', 'platform', 'solutions'];
const TEAM_FOR_CATEGORY = {
  billing: 'billing-desk', login: 'access-desk', outage: 'platform', performance: 'platform',
  integration: 'solutions', feature: 'solutions', data: 'solutions', general: 'solutions',
};
const NAMES = ['Ana', 'Ben', 'Chloé', 'Dario', 'Eva', 'Finn', 'Gosia', 'Hamid', 'Ivy', 'Jan', 'Kemal', 'Lena',
  'Marco', 'Nora', 'Oskar', 'Pia', 'Quinn', 'Rafa', 'Sven', 'Tara', 'Uma', 'Viktor', 'Wen', 'Yusuf'];

function buildRoster(seed) {
  const rand = mulberry32(seed);
  return NAMES.map((name, i) => ({
    id: `A${100 + i}`,
    name: `${name} ${pick(rand, ['K.', 'M.', 'S.', 'T.', 'L.'])}`,
    team: TEAMS[i % TEAMS.length],
    languages: new Set(['en', ...(rand() < 0.4 ? ['de'] : []), ...(rand() < 0.3 ? ['fr'] : []), ...(rand() < 0.3 ? ['es'] : [])]),
    capacity: 40 + Math.floor(rand() * 40),
    open: 0,
    handled: 0,
    seniority: 1 + Math.floor(rand() * 3),
  }));
}

// Human-readable reason shown in the assignment audit trail.
function explainCandidate(agent, ticket, score, parts) {
  return util.format(
    '%s [%s -> %s] score=%s load=%s skill=%s lang=%s (%s) tier=%s',
    agent.name.padEnd(12),
    agent.team.padEnd(12),
    ticket.category.padEnd(11),
    score.toFixed(3).padStart(7),
    util.format('%d/%d', agent.open, agent.capacity).padStart(7),
    parts.skill.toFixed(2),
    parts.language ? 'yes' : 'no',
    [...agent.languages].join(',').padEnd(11),
    ticket.tier.padStart(10),
  );
}

class AgentRouter {
  constructor(roster) {
    this.roster = roster;
  }

  pickAgent(ticket) {
    const wantedTeam = TEAM_FOR_CATEGORY[ticket.category];
    let best = null;
    const reasons = [];
    for (const agent of this.roster) {
      const parts = {
        skill: agent.team === wantedTeam ? 1 : 0.2,
        language: agent.languages.has(ticket.language),
      };
      const loadFactor = 1 - agent.open / agent.capacity;
      let score = parts.skill * 2 + loadFactor + (parts.language ? 0.8 : -1.5);
      if (ticket.priority === 'P1') score += agent.seniority * 0.3;
      reasons.push(explainCandidate(agent, ticket, score, parts));
      if (agent.open < agent.capacity && (!best || score > best.score)) best = { agent, score, reason: reasons[reasons.length - 1] };
    }
    return best;
  }

  release(agent) {
    agent.open = Math.max(0, agent.open - 1);
    agent.handled++;
  }
}

module.exports = { AgentRouter, buildRoster };
