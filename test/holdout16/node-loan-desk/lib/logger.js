'use strict';

const fs = require('fs');

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

// Structured JSON-lines logger. Each line carries the source location of the
// call so support staff can jump from a log line to the code.
class Logger {
  constructor({ level = 'info', file, name }) {
    this.threshold = LEVELS[level];
    this.name = name;
    this.withOrigin = true;
    this.out = file ? fs.createWriteStream(file, { flags: 'a' }) : null;
    this.buffer = [];
    this.written = 0;
  }

  _log(level, msg, fields) {
    const origin = this.withOrigin ? new Error().stack.split('\n', 4)[3] : undefined;
    if (LEVELS[level] < this.threshold) return;
    const line = {
      t: Date.now(),
      level,
      logger: this.name,
      msg,
      origin: origin && origin.trim().replace(/^at /, ''),
      ...fields,
    };
    this.buffer.push(JSON.stringify(line));
    this.written++;
    if (this.buffer.length >= 200) this.flush();
  }

  trace(msg, fields) {
    this._log('trace', msg, fields);
  }

  debug(msg, fields) {
    this._log('debug', msg, fields);
  }

  info(msg, fields) {
    this._log('info', msg, fields);
  }

  warn(msg, fields) {
    this._log('warn', msg, fields);
  }

  error(msg, fields) {
    this._log('error', msg, fields);
  }

  flush() {
    if (!this.buffer.length) return;
    const chunk = this.buffer.join('\n') + '\n';
    this.buffer = [];
    if (this.out) this.out.write(chunk);
  }

  close() {
    this.flush();
    if (!this.out) return Promise.resolve();
    return new Promise((resolve) => this.out.end(resolve));
  }
}

module.exports = { Logger };
