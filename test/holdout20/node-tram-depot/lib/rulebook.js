'use strict';

const path = require('path');

const RULES_PATH = path.join(__dirname, 'rules', 'depot-rules.js');

// Duty managers edit the rules file during the day; always hand out the current text.
function currentRules() {
  delete require.cache[RULES_PATH];
  return require(RULES_PATH);
}

module.exports = { currentRules };
