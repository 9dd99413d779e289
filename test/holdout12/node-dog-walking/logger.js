'use strict';

const LEVELS = { debug: 20, info: 30, warn: 40 };

function createLogger(stream, level = 'info') {
  const threshold = LEVELS[level];
  return {
    enabled: (lvl) => LEVELS[lvl] >= threshold,
    log(lvl, msg, fields) {
      if (LEVELS[lvl] < threshold) return;
      stream.write(`${Date.now()} ${lvl} ${msg} ${JSON.stringify(fields)}\n`);
    },
  };
}

module.exports = { createLogger };
