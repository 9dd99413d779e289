'use strict';

const fs = require('fs');

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

function callerLocation() {
  const stack = new Error().stack.split('\n');
  const frame = stack[3] || '';
  const open = frame.lastIndexOf('(');
  const site = open >= 0 ? frame.slice(open + 1, -1) : frame.trim().slice(3);
  const slash = site.lastIndexOf('/');
  return slash >= 0 ? site.slice(slash + 1) : site;
}

class WorkshopLog {
  constructor(file, level) {
    this.fd = fs.openSync(file, 'w');
    this.level = LEVELS[level];
    this.buffer = [];
    this.bytes = 0;
    this.lines = 0;
  }

  write(level, message) {
    if (LEVELS[level] < this.level) return;
    const line = `${level.toUpperCase()} ${callerLocation()} ${message}\n`;
    this.buffer.push(line);
    this.bytes += line.length;
    this.lines++;
    if (this.buffer.length >= 2048) this.flush();
  }

  info(message) { this.write('info', message); }
  warn(message) { this.write('warn', message); }
  debug(message) { this.write('debug', message); }

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

module.exports = { WorkshopLog };
