'use strict';

const util = require('util');

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

function callerSite() {
  const lines = new Error().stack.split('\n');
  // 0: Error, 1: callerSite, 2: Logger.log, 3: Logger.<level>, 4: the caller
  const frame = (lines[4] || '').trim();
  const m = /\(?([^()\s]+):(\d+):\d+\)?$/.exec(frame);
  return m ? `${m[1].split('/').pop()}:${m[2]}` : '?';
}

class Logger {
  constructor(name, { level = 'info', out = process.stdout } = {}) {
    this.name = name;
    this.threshold = LEVELS[level];
    this.out = out;
    this.counts = { written: 0 };
  }

  log(level, fmt, ...args) {
    const record = {
      time: new Date().toISOString(),
      level,
      logger: this.name,
      caller: callerSite(),
      msg: util.format(fmt, ...args),
    };
    if (LEVELS[level] < this.threshold) return;
    this.counts.written++;
    this.out.write(JSON.stringify(record) + '\n');
  }

  debug(fmt, ...args) { this.log('debug', fmt, ...args); }

  info(fmt, ...args) { this.log('info', fmt, ...args); }

  warn(fmt, ...args) { this.log('warn', fmt, ...args); }
}

module.exports = { Logger, LEVELS };
