'use strict';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

class Logger {
  constructor(name, level, sink) {
    this.name = name;
    this.threshold = LEVELS[level];
    this.sink = sink;
  }

  write(level, message) {
    if (LEVELS[level] < this.threshold) return;
    this.sink.push(`${new Date(0).toISOString()} ${level.toUpperCase()} [${this.name}] ${message}`);
  }

  debug(message) { this.write('debug', message); }
  info(message) { this.write('info', message); }
  warn(message) { this.write('warn', message); }
}

module.exports = { Logger };
