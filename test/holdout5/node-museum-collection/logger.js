'use strict';
// Structured logger used by the collection sync workers.

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

class Logger {
  constructor({ name, level = 'info', sink }) {
    this.name = name;
    this.threshold = LEVELS[level];
    this.sink = sink || (line => process.stdout.write(line + '\n'));
  }

  callSite() {
    const frames = new Error().stack.split('\n');
    const frame = frames[4] || frames[frames.length - 1];
    const m = /\(([^)]+)\)$/.exec(frame) || /at (.+)$/.exec(frame);
    return m ? m[1].replace(process.cwd() + '/', '') : 'unknown';
  }

  write(level, msg, fields) {
    const entry = {
      ts: new Date().toISOString(),
      level,
      logger: this.name,
      at: this.callSite(),
      msg,
      ...fields,
    };
    if (LEVELS[level] < this.threshold) return;
    this.sink(JSON.stringify(entry));
  }

  debug(msg, fields) { this.write('debug', msg, fields); }
  info(msg, fields) { this.write('info', msg, fields); }
  warn(msg, fields) { this.write('warn', msg, fields); }
}

module.exports = { Logger };
