'use strict';

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

function callerLocation() {
  const frames = new Error().stack.split('\n');
  const frame = frames[4] || frames[frames.length - 1];
  const m = /\(?([^()\s]+):(\d+):\d+\)?$/.exec(frame);
  return m ? `${m[1].split('/').pop()}:${m[2]}` : 'unknown';
}

class Logger {
  constructor(name, level = 'info', { withCaller = false } = {}) {
    this.name = name;
    this.withCaller = withCaller;
    this.threshold = LEVELS[level];
    this.lines = [];
  }

  write(level, msg, fields) {
    if (LEVELS[level] < this.threshold) return;
    const entry = { t: Date.now(), level, logger: this.name, msg, ...fields };
    if (this.withCaller) entry.caller = callerLocation();
    const line = JSON.stringify(entry);
    this.lines.push(line);
    if (this.lines.length > 500) this.lines.length = 0;
  }

  debug(msg, fields) { this.write('debug', msg, fields); }
  info(msg, fields) { this.write('info', msg, fields); }
  warn(msg, fields) { this.write('warn', msg, fields); }
}

module.exports = { Logger };
