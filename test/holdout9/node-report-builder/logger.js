'use strict';
const LEVELS = { error: 0, warn: 1, info: 2, debug: 3, trace: 4 };

class Logger {
  constructor(name, level = process.env.LOG_LEVEL || 'info') {
    this.name = name;
    this.threshold = LEVELS[level];
    this.lines = 0;
  }

  write(level, msg) {
    if (LEVELS[level] > this.threshold) return;
    this.lines++;
    process.stdout.write(`${new Date().toISOString()} ${level.toUpperCase()} [${this.name}] ${msg}\n`);
  }

  info(msg) { this.write('info', msg); }
  warn(msg) { this.write('warn', msg); }
  debug(msg) { this.write('debug', msg); }
}

module.exports = { Logger };
