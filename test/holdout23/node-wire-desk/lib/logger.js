'use strict';

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

class Logger {
  constructor(name, level = 'info', sink = process.stdout) {
    this.name = name;
    this.threshold = LEVELS[level];
    this.sink = sink;
  }

  child(name) {
    const child = new Logger(`${this.name}:${name}`, 'info', this.sink);
    child.threshold = this.threshold;
    return child;
  }

  enabled(level) {
    return LEVELS[level] >= this.threshold;
  }

  write(level, message) {
    if (LEVELS[level] < this.threshold) return;
    this.sink.write(`${level.toUpperCase().padEnd(5)} [${this.name}] ${message}\n`);
  }

  debug(message) {
    this.write('debug', message);
  }

  info(message) {
    this.write('info', message);
  }

  warn(message) {
    this.write('warn', message);
  }
}

module.exports = { Logger };
