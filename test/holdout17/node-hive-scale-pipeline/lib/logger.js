'use strict';

const util = require('util');
const path = require('path');

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

function callerLocation() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 5;
  const stack = new Error().stack.split('\n');
  Error.stackTraceLimit = limit;
  const frame = stack[4] || stack[stack.length - 1];
  const m = /\(?([^()\s]+):(\d+):\d+\)?$/.exec(frame);
  return m ? `${path.basename(m[1])}:${m[2]}` : 'unknown';
}

class Logger {
  constructor({ name, level = 'info', stream = process.stdout, bindings = {} }) {
    this.name = name;
    this.threshold = LEVELS[level];
    this.stream = stream;
    this.bindings = bindings;
  }

  child(bindings) {
    const child = new Logger({ name: this.name, stream: this.stream, bindings: { ...this.bindings, ...bindings } });
    child.threshold = this.threshold;
    return child;
  }

  writeEntry(level, template, args) {
    const entry = {
      time: new Date().toISOString(),
      level,
      logger: this.name,
      caller: callerLocation(),
      msg: util.format(template, ...args),
      ...this.bindings,
    };
    if (LEVELS[level] < this.threshold) return;
    this.stream.write(`${JSON.stringify(entry)}\n`);
  }

  trace(template, ...args) { this.writeEntry('trace', template, args); }
  debug(template, ...args) { this.writeEntry('debug', template, args); }
  info(template, ...args) { this.writeEntry('info', template, args); }
  warn(template, ...args) { this.writeEntry('warn', template, args); }
  error(template, ...args) { this.writeEntry('error', template, args); }
}

module.exports = { Logger, LEVELS };
