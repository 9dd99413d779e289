'use strict';

const { skillProfile } = require('./skills');
const { relevantMonths } = require('./similarity');

const REFERENCE_MONTH = 2024 * 12 + 5;
const TALENT_POOL_SUGGESTIONS = 2;

const CITY_REGION = {
  London: 'SE', Bristol: 'SW', Cardiff: 'SW', Birmingham: 'MID', Leeds: 'N', Manchester: 'N',
  Glasgow: 'SCO', Belfast: 'NI', Remote: '*',
};

// One candidate per person: applicants who applied to several openings are merged by email.
function consolidate(applications) {
  const candidates = [];
  for (const app of applications) {
    let candidate = candidates.find((c) => c.email === app.email);
    if (!candidate) {
      candidate = { email: app.email, name: app.name, latest: app, requisitions: [] };
      candidates.push(candidate);
    } else if (app.totalMonths > candidate.latest.totalMonths) {
      candidate.latest = app;
    }
    if (app.requisition && !candidate.requisitions.includes(app.requisition)) candidate.requisitions.push(app.requisition);
  }
  return candidates;
}

function locationScore(city, reqCity) {
  if (city === reqCity || city === 'Remote' || reqCity === 'Remote') return 1;
  return CITY_REGION[city] === CITY_REGION[reqCity] ? 0.6 : 0.1;
}

function scoreCandidate(candidate, req) {
  const app = candidate.latest;
  const { matched, evidenced } = skillProfile(app, req.required);
  const skillScore = (matched.length + 0.5 * evidenced.length) / (1.5 * req.required.length);
  const relevant = relevantMonths(app.roles, req.title, REFERENCE_MONTH);
  const experience = Math.min(1, relevant / Math.max(1, req.minMonths * 2));
  const titleBonus = app.roles.some((r) => r.title === req.title) ? 0.15 : 0;
  const salaryFit = app.salary <= req.salaryMax ? 1 : Math.max(0, 1 - (app.salary - req.salaryMax) / req.salaryMax);
  const score = 0.45 * skillScore + 0.25 * experience + 0.15 * locationScore(app.city, req.city) +
    0.15 * salaryFit + titleBonus;
  return {
    email: candidate.email, name: candidate.name, score: Math.round(score * 1000) / 1000,
    matched, evidenced, months: app.totalMonths, relevant: Math.round(relevant), city: app.city,
    meetsMinimum: app.totalMonths >= req.minMonths && matched.length >= 2,
  };
}

function rankForRequisitions(candidates, requisitions) {
  const byReq = new Map(requisitions.map((r) => [r.id, { req: r, scored: [] }]));
  const byCity = new Map();
  for (const r of requisitions) {
    if (!byCity.has(r.city)) byCity.set(r.city, []);
    byCity.get(r.city).push(r);
  }
  for (const candidate of candidates) {
    for (const reqId of candidate.requisitions) {
      const slot = byReq.get(reqId);
      if (slot) slot.scored.push(scoreCandidate(candidate, slot.req));
    }
    // Talent pool: also put the candidate forward for other openings in their city.
    const local = byCity.get(candidate.latest.city) || [];
    let suggested = 0;
    for (const other of local) {
      if (suggested === TALENT_POOL_SUGGESTIONS) break;
      if (candidate.requisitions.includes(other.id)) continue;
      suggested++;
      const suggestion = scoreCandidate(candidate, other);
      suggestion.suggested = true;
      byReq.get(other.id).scored.push(suggestion);
    }
  }
  for (const slot of byReq.values()) {
    slot.scored.sort((a, b) => b.score - a.score || a.email.localeCompare(b.email));
  }
  return byReq;
}

module.exports = { consolidate, rankForRequisitions };
