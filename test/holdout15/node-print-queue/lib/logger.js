'use strict';
// Structured JSON logger for the print workers.
const LEVEL_RANK = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

function callerLocation() {
  const stack = new Error().stack.split('\n');
  // [0] "Error", [1] callerLocation, [2] writeEntry, [3] level method, [4] real caller
  const frame = stack[4] || '';
  const m = frame.match(/\(?([^()\s]+):(\d+):\d+\)?$/);
  return m ? `${m[1].split('/').pop()}:${m[2]}` : 'unknown';
}

class JobLogger {
  constructor({ service, level = 'info', sink }) {
    this.service = service;
    this.threshold = LEVEL_RANK[level];
    this.sink = sink;
    this.bindings = {};
  }

  child(bindings) {
    const c = new JobLogger({ service: this.service, level: 'info', sink: this.sink });
    c.threshold = this.threshold;
    c.bindings = { ...this.bindings, ...bindings };
    return c;
  }

  writeEntry(level, msg, fields) {
    const entry = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      caller: callerLocation(),
      msg,
      ...this.bindings,
      ...fields,
    };
    const line = JSON.stringify(entry);
    if (LEVEL_RANK[level] < this.threshold) return;
    this.sink.push(line);
  }

  debug(msg, fields) { this.writeEntry('debug', msg, fields); }
  info(msg, fields) { this.writeEntry('info', msg, fields); }
  warn(msg, fields) { this.writeEntry('warn', msg, fields); }
}

module.exports = { JobLogger };
