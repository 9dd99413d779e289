'use strict';

const { TAXONOMY } = require('./corpus');

const BY_SKILL = new Map(TAXONOMY.map((t) => [t.skill, t]));

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// True when the text mentions the skill under any of its taxonomy aliases as a whole phrase.
function mentionsSkill(text, skill) {
  const entry = BY_SKILL.get(skill);
  if (!entry) return false;
  for (const alias of entry.aliases) {
    const re = new RegExp(`(^|[^A-Za-z])${escapeRegExp(alias)}([^A-Za-z]|$)`, 'i');
    if (re.test(text)) return true;
  }
  return false;
}

function skillProfile(app, required) {
  const matched = [];
  const evidenced = [];
  for (const skill of required) {
    if (mentionsSkill(app.skills, skill)) matched.push(skill);
    for (const role of app.roles) {
      if (mentionsSkill(role.details, skill)) {
        evidenced.push(skill);
        break;
      }
    }
  }
  return { matched, evidenced };
}

module.exports = { mentionsSkill, skillProfile };
