'use strict';

const path = require('path');

const RULES_FILE = path.join(__dirname, 'config', 'earn-rules.json');

// Operations edit earn-rules.json while long accrual runs are in progress;
// always evaluate against the file as it is right now.
function currentRules() {
  delete require.cache[RULES_FILE];
  return require(RULES_FILE);
}

function partnerRule(rules, code) {
  for (const p of rules.partners) if (p.code === code) return p;
  return null;
}

module.exports = { currentRules, partnerRule, RULES_FILE };
