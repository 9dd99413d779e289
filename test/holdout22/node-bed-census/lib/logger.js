'use strict';

const LEVELS = { debug: 10, info: 20, warn: 30 };

class Logger {
  constructor(level = process.env.LOG_LEVEL || 'info') {
    this.threshold = LEVELS[level] || LEVELS.info;
  }

  isDebugEnabled() {
    return this.threshold <= LEVELS.debug;
  }

  log(level, message) {
    if (LEVELS[level] < this.threshold) return;
    process.stderr.write(`${new Date().toISOString()} ${level} ${message}\n`);
  }

  debug(message) { this.log('debug', message); }

  info(message) { this.log('info', message); }

  warn(message) { this.log('warn', message); }
}

module.exports = { Logger };
