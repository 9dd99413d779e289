'use strict';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

class Logger {
  constructor(name, level = 'info') {
    this.name = name;
    this.threshold = LEVELS[level];
    this.lines = [];
  }

  write(level, msg) {
    if (LEVELS[level] < this.threshold) return;
    this.lines.push(`${new Date(0).toISOString()} ${level.toUpperCase()} [${this.name}] ${msg}`);
    if (this.lines.length > 500) this.flush();
  }

  debug(msg) { this.write('debug', msg); }
  info(msg) { this.write('info', msg); }
  warn(msg) { this.write('warn', msg); }

  flush() {
    const n = this.lines.length;
    this.lines = [];
    return n;
  }
}

module.exports = { Logger };
