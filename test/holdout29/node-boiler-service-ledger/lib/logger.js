'use strict';
const fs = require('fs');
const path = require('path');

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

class AuditLogger {
  constructor(file, level) {
    this.stream = fs.createWriteStream(file, { flags: 'a' });
    this.threshold = LEVELS[level];
    this.lines = 0;
  }

  callSite() {
    const frames = new Error().stack.split('\n');
    const frame = frames[3] || '';
    const m = frame.match(/\(?([^()\s]+):(\d+):\d+\)?$/);
    return m ? `${path.basename(m[1])}:${m[2]}` : 'unknown';
  }

  logRecord(level, message, fields) {
    if (LEVELS[level] < this.threshold) return;
    const record = { ts: new Date().toISOString(), level, at: this.callSite(), msg: message, ...fields };
    this.stream.write(JSON.stringify(record) + '\n');
    this.lines++;
  }

  info(message, fields) {
    this.logRecord('info', message, fields);
  }

  warn(message, fields) {
    this.logRecord('warn', message, fields);
  }

  close() {
    return new Promise((resolve) => this.stream.end(resolve));
  }
}

module.exports = { AuditLogger };
