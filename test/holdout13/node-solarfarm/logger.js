'use strict';
// Small structured logger used across the telemetry gateway.
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

class Logger {
  constructor(name, level = 'info', sink = process.stdout) {
    this.name = name;
    this.threshold = LEVELS[level];
    this.sink = sink;
  }
  callerLocation() {
    const stack = new Error().stack.split('\n');
    const frame = stack[4] || '';
    const m = frame.match(/\(([^)]+)\)/);
    return m ? m[1].split('/').slice(-1)[0] : frame.trim();
  }
  write(level, msg, fields) {
    const where = this.callerLocation();
    if (LEVELS[level] < this.threshold) return;
    const rec = Object.assign({ t: new Date().toISOString(), level, logger: this.name, where, msg }, fields);
    this.sink.write(JSON.stringify(rec) + '\n');
  }
  debug(msg, fields) { this.write('debug', msg, fields); }
  info(msg, fields) { this.write('info', msg, fields); }
  warn(msg, fields) { this.write('warn', msg, fields); }
}

module.exports = { Logger };
