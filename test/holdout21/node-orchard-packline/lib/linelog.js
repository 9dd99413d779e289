'use strict';

const fs = require('fs');

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

// Packhouse line log. Entries carry the source location of the call so the
// maintenance crew can trace a reject back to the station that made it.
class LineLog {
  constructor(file, level) {
    this.fd = fs.openSync(file, 'w');
    this.threshold = LEVELS[level];
    this.buffer = [];
    this.bytes = 0;
  }

  callerLocation() {
    const stack = new Error().stack.split('\n');
    const frame = stack[3] || '';
    const m = frame.match(/\(([^()]+):(\d+):\d+\)$/);
    return m ? `${m[1].slice(m[1].lastIndexOf('/') + 1)}:${m[2]}` : '?';
  }

  write(level, event, fields) {
    if (LEVELS[level] < this.threshold) return;
    const parts = [new Date(1700000000000 + this.bytes).toISOString(), level.toUpperCase(), event, this.callerLocation()];
    for (const key of Object.keys(fields)) parts.push(`${key}=${fields[key]}`);
    const line = parts.join(' ') + '\n';
    this.buffer.push(line);
    this.bytes += line.length;
    if (this.buffer.length >= 512) this.flush();
  }

  info(event, fields) {
    this.write('info', event, fields);
  }

  warn(event, fields) {
    this.write('warn', event, fields);
  }

  flush() {
    if (this.buffer.length === 0) return;
    fs.writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
  }

  close() {
    this.flush();
    fs.closeSync(this.fd);
  }
}

module.exports = { LineLog };
