'use strict';

const util = require('util');

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

class RunLogger {
  constructor(name, level, sink) {
    this.name = name;
    this.threshold = LEVELS[level] || LEVELS.info;
    this.sink = sink;
    this.written = 0;
  }

  emit(level, line) {
    if (LEVELS[level] < this.threshold) return;
    this.written++;
    this.sink.push(line);
  }

  debug(message, context) {
    const line = `${new Date().toISOString()} DEBUG [${this.name}] ${message} ${util.inspect(context, { depth: 2, breakLength: Infinity })}`;
    this.emit('debug', line);
  }

  info(message, context) {
    const line = `${new Date().toISOString()} INFO [${this.name}] ${message}${context ? ' ' + JSON.stringify(context) : ''}`;
    this.emit('info', line);
  }

  warn(message, context) {
    const line = `${new Date().toISOString()} WARN [${this.name}] ${message}${context ? ' ' + JSON.stringify(context) : ''}`;
    this.emit('warn', line);
  }
}

module.exports = { RunLogger };
