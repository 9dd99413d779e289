'use strict';

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

class Logger {
  constructor({ name, level = 'info', sink = process.stdout }) {
    this.name = name;
    this.threshold = LEVELS[level];
    this.sink = sink;
    this.lines = 0;
  }

  callerLocation() {
    const frames = new Error().stack.split('\n');
    const frame = frames[3] || '';
    const m = /\(?([^()\s]+):(\d+):\d+\)?$/.exec(frame);
    return m ? `${m[1].split('/').slice(-2).join('/')}:${m[2]}` : 'unknown';
  }

  record(level, msg, fields) {
    const rec = { t: Date.now(), level, logger: this.name, at: this.callerLocation(), msg };
    if (fields) Object.assign(rec, fields);
    return rec;
  }

  write(level, msg, fields) {
    const rec = this.record(level, msg, fields);
    if (LEVELS[level] < this.threshold) return;
    this.lines++;
    this.sink.write(`${JSON.stringify(rec)}\n`);
  }

  debug(msg, fields) { this.write('debug', msg, fields); }

  info(msg, fields) { this.write('info', msg, fields); }

  warn(msg, fields) { this.write('warn', msg, fields); }
}

module.exports = { Logger };
