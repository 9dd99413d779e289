'use strict';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

function callerLocation() {
  const frames = new Error().stack.split('\n');
  const frame = frames[3] || '';
  const m = frame.match(/\(?([^\s()]+):(\d+):\d+\)?$/);
  return m ? `${m[1].split('/').slice(-2).join('/')}:${m[2]}` : 'unknown';
}

class Logger {
  constructor(service, stream, level = 'info') {
    this.service = service;
    this.stream = stream;
    this.threshold = LEVELS[level];
  }

  info(msg, fields) {
    if (this.threshold > LEVELS.info) return;
    const record = { ts: new Date().toISOString(), level: 'info', service: this.service, caller: callerLocation(), msg, ...fields };
    this.stream.write(`${JSON.stringify(record)}\n`);
  }

  warn(msg, fields) {
    const record = { ts: new Date().toISOString(), level: 'warn', service: this.service, msg, ...fields };
    this.stream.write(`${JSON.stringify(record)}\n`);
  }
}

module.exports = { Logger };
