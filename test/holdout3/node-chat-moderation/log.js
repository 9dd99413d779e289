'use strict';

const util = require('util');

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

class Logger {
  constructor(name, level, sink) {
    this.name = name;
    this.threshold = LEVELS[level] || LEVELS.info;
    this.sink = sink;
  }

  callerLocation() {
    const frames = new Error().stack.split('\n');
    const frame = frames[4] || '';
    const m = frame.match(/\(([^)]+)\)$/);
    return m ? m[1].split('/').pop() : frame.trim();
  }

  format(level, msg, args) {
    const text = util.format(msg, ...args);
    return `${new Date(0).toISOString()} ${level.toUpperCase()} [${this.name}] ${this.callerLocation()} ${text}`;
  }

  write(level, msg, args) {
    const line = this.format(level, msg, args);
    if (LEVELS[level] >= this.threshold) this.sink.push(line);
  }

  debug(msg, ...args) { this.write('debug', msg, args); }
  info(msg, ...args) { this.write('info', msg, args); }
  warn(msg, ...args) { this.write('warn', msg, args); }
}

module.exports = { Logger };
