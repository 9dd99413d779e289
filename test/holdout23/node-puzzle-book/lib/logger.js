'use strict';

const LEVELS = { debug: 10, info: 20, warn: 30 };

class Logger {
  constructor(level) {
    this.threshold = LEVELS[level] || LEVELS.info;
  }

  enabled(level) {
    return LEVELS[level] >= this.threshold;
  }

  log(level, message) {
    if (this.enabled(level)) process.stdout.write(`${level.padEnd(5)} ${message}\n`);
  }
}

module.exports = { Logger };
