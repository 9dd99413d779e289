'use strict';

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

class WorksLogger {
  constructor(level, sink) {
    this.threshold = LEVELS[level];
    this.sink = sink;
  }

  write(level, message) {
    if (LEVELS[level] < this.threshold) return;
    this.sink.push(`${new Date(0).toISOString()} ${level.toUpperCase()} ${message}`);
  }

  debug(message) { this.write('debug', message); }
  info(message) { this.write('info', message); }
  warn(message) { this.write('warn', message); }
}

module.exports = { WorksLogger };
