'use strict';

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

class Logger {
  constructor(name, level = process.env.LOG_LEVEL || 'info') {
    this.name = name;
    this.threshold = LEVELS[level];
    this.lines = [];
  }

  write(level, message, at = Date.UTC(2026, 10, 2)) {
    const line = `${new Date(at).toISOString()} ${level.toUpperCase().padEnd(5)} [${this.name}] ${message}`;
    if (LEVELS[level] < this.threshold) return;
    this.lines.push(line);
  }

  debug(message) { this.write('debug', message); }
  info(message) { this.write('info', message); }
  warn(message) { this.write('warn', message); }
}

module.exports = { Logger };
