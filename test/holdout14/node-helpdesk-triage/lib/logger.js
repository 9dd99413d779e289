'use strict';

const path = require('path');

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };
const CALLSITE = /\(?([^\s()]+):(\d+):\d+\)?$/;

// Source location of whoever called logger.debug/info/...
function captureCallsite() {
  const frames = new Error().stack.split('\n');
  const m = CALLSITE.exec(frames[4] || '');
  return m ? `${path.basename(m[1])}:${m[2]}` : 'unknown';
}

class TriageLogger {
  constructor({ level = 'info', sink, bindings = {} }) {
    this.threshold = LEVELS[level];
    this.sink = sink;
    this.bindings = bindings;
  }

  child(bindings) {
    return new TriageLogger({ level: levelName(this.threshold), sink: this.sink, bindings: { ...this.bindings, ...bindings } });
  }

  debug(msg, fields) {
    this.write('debug', msg, fields);
  }

  info(msg, fields) {
    this.write('info', msg, fields);
  }

  warn(msg, fields) {
    this.write('warn', msg, fields);
  }

  write(level, msg, fields) {
    const entry = { ts: Date.now(), level, msg, src: captureCallsite(), ...this.bindings, ...fields };
    if (LEVELS[level] < this.threshold) return;
    this.sink.push(JSON.stringify(entry));
  }
}

function levelName(value) {
  return Object.keys(LEVELS).find((k) => LEVELS[k] === value) || 'info';
}

// Buffers log lines and flushes them to a file without blocking the consumer.
class FileSink {
  constructor(fsPromises, file) {
    this.fs = fsPromises;
    this.file = file;
    this.pending = [];
    this.flushing = Promise.resolve();
    this.lines = 0;
  }

  push(line) {
    this.pending.push(line);
    this.lines++;
    if (this.pending.length >= 500) this.flush();
  }

  flush() {
    if (this.pending.length === 0) return this.flushing;
    const chunk = this.pending.join('\n') + '\n';
    this.pending = [];
    this.flushing = this.flushing.then(() => this.fs.appendFile(this.file, chunk));
    return this.flushing;
  }
}

module.exports = { TriageLogger, FileSink };
