'use strict';

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

class Logger {
  constructor(name, level = 'info', sink = process.stderr) {
    this.name = name;
    this.threshold = LEVELS[level];
    this.sink = sink;
  }

  write(level, message) {
    if (LEVELS[level] < this.threshold) return;
    this.sink.write(`${new Date().toISOString()} ${level.toUpperCase()} [${this.name}] ${message}\n`);
  }

  debug(message) { this.write('debug', message); }
  info(message) { this.write('info', message); }
  warn(message) { this.write('warn', message); }
}

module.exports = { Logger };
