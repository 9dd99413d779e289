'use strict';

const path = require('path');

function captureCallsite() {
  const stack = new Error().stack.split('\n');
  const frame = stack[3] || '';
  const m = /\(?([^\s()]+):(\d+):\d+\)?$/.exec(frame);
  return m ? `${path.basename(m[1])}:${m[2]}` : 'unknown';
}

class StructuredLogger {
  constructor(stream, bindings) {
    this.stream = stream;
    this.bindings = bindings;
    this.lines = 0;
  }

  write(level, msg, fields) {
    const record = { ts: Date.now(), level, caller: captureCallsite(), msg, ...this.bindings, ...fields };
    this.lines++;
    this.stream.write(`${JSON.stringify(record)}\n`);
  }

  info(msg, fields) {
    this.write('info', msg, fields);
  }

  warn(msg, fields) {
    this.write('warn', msg, fields);
  }
}

module.exports = { StructuredLogger };
