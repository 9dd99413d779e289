'use strict';
const util = require('util');

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

class Logger {
  constructor(name, level, sink) {
    this.name = name;
    this.threshold = LEVELS[level];
    this.sink = sink;
  }

  write(level, line) {
    if (LEVELS[level] >= this.threshold) this.sink.push(line);
  }

  debug(fmt, ...args) {
    const line = `${new Date().toISOString()} DEBUG [${this.name}] ${util.format(fmt, ...args)}`;
    this.write('debug', line);
  }

  info(fmt, ...args) {
    this.write('info', `${new Date().toISOString()} INFO [${this.name}] ${util.format(fmt, ...args)}`);
  }

  warn(fmt, ...args) {
    this.write('warn', `${new Date().toISOString()} WARN [${this.name}] ${util.format(fmt, ...args)}`);
  }
}

module.exports = { Logger };
