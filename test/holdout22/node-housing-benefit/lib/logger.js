'use strict';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

class Logger {
  constructor(name, level = process.env.LOG_LEVEL || 'info') {
    this.name = name;
    this.threshold = LEVELS[level] || LEVELS.info;
    this.lines = [];
  }

  write(level, message) {
    if (LEVELS[level] < this.threshold) return;
    const line = `${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} [${this.name}] ${message}`;
    if (level === 'error' || level === 'warn') process.stderr.write(`${line}\n`);
    else process.stdout.write(`${line}\n`);
  }

  debug(message) { this.write('debug', message); }

  info(message) { this.write('info', message); }

  warn(message) { this.write('warn', message); }

  error(message) { this.write('error', message); }

  isDebugEnabled() {
    return this.threshold <= LEVELS.debug;
  }
}

module.exports = { Logger };
