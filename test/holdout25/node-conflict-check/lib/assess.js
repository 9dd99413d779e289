'use strict';

const SEVERITY = { none: 0, note: 1, review: 2, conflict: 3 };

// Applies the firm's conflict rules to the register hits for each intake party.
function assessParty(intakeParty, hits) {
  const findings = [];
  for (const hit of hits) {
    const role = hit.party.role;
    let level = 'note';
    if (intakeParty.capacity === 'opponent' && (role === 'client' || role === 'guarantor')) level = 'conflict';
    else if (intakeParty.capacity === 'client' && role === 'adverse party') level = 'review';
    else if (role === 'former client' && intakeParty.capacity === 'opponent') level = 'review';
    if (hit.basis === 'fuzzy' && level === 'conflict') level = 'review';
    findings.push({ level, score: hit.score, basis: hit.basis, party: hit.party });
  }
  const worst = findings.reduce((w, f) => (SEVERITY[f.level] > SEVERITY[w] ? f.level : w), 'none');
  return { name: intakeParty.name, capacity: intakeParty.capacity, worst, findings: findings.slice(0, 8) };
}

function assessRequest(index, request) {
  const parties = request.parties.map((p) => assessParty(p, index.search(p.name)));
  const worst = parties.reduce((w, p) => (SEVERITY[p.worst] > SEVERITY[w] ? p.worst : w), 'none');
  return { ref: request.ref, practice: request.practice, requestedAt: request.requestedAt, worst, parties };
}

module.exports = { assessRequest, SEVERITY };
