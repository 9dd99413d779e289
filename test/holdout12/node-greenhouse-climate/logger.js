'use strict';

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

// Tiny structured logger. Every record carries the file:line of the caller so
// that field technicians can jump straight to the code that made a decision.
function createLogger({ name, level = 'info', stream }) {
  const threshold = LEVELS[level];
  let written = 0;

  function callerSite() {
    const frames = new Error().stack.split('\n');
    const frame = frames[3] || '';
    const m = frame.match(/\(?([^()\s]+):(\d+):\d+\)?$/);
    return m ? `${m[1].slice(m[1].lastIndexOf('/') + 1)}:${m[2]}` : '?';
  }

  function write(lvl, msg, fields) {
    const record = { t: new Date().toISOString(), lvl, logger: name, at: callerSite(), msg, ...fields };
    if (LEVELS[lvl] < threshold) return;
    written++;
    stream.write(JSON.stringify(record) + '\n');
  }

  return {
    trace: (msg, fields) => write('trace', msg, fields),
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
    get written() { return written; },
  };
}

module.exports = { createLogger };
