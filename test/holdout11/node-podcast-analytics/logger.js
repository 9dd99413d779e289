'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

function callerFrame() {
  const stack = new Error().stack.split('\n');
  // [0] "Error", [1] callerFrame, [2] Logger.write, [3] Logger.<level>, [4] the code that logged
  const frame = (stack[4] || '').trim();
  const m = /\(?([^()\s]+):(\d+):\d+\)?$/.exec(frame);
  return m ? `${path.basename(m[1])}:${m[2]}` : 'unknown';
}

class Logger {
  constructor({ name, level = 'info', stream = fs.createWriteStream(os.devNull), base = {} }) {
    this.name = name;
    this.min = LEVELS[level];
    this.stream = stream;
    this.base = { service: name, pid: process.pid, host: os.hostname(), ...base };
  }

  child(fields) {
    const c = Object.create(this);
    c.base = { ...this.base, ...fields };
    return c;
  }

  write(level, msg, fields) {
    const record = { time: new Date().toISOString(), level, msg, caller: callerFrame(), ...this.base, ...fields };
    const line = JSON.stringify(record);
    if (LEVELS[level] < this.min) return;
    this.stream.write(line + '\n');
  }

  trace(msg, fields) { this.write('trace', msg, fields); }
  debug(msg, fields) { this.write('debug', msg, fields); }
  info(msg, fields) { this.write('info', msg, fields); }
  warn(msg, fields) { this.write('warn', msg, fields); }
  error(msg, fields) { this.write('error', msg, fields); }

  close() {
    return new Promise((resolve) => this.stream.end(resolve));
  }
}

module.exports = { Logger };
