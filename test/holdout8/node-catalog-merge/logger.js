'use strict';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

function createLogger(name, level = process.env.LOG_LEVEL || 'info') {
  const threshold = LEVELS[level] || LEVELS.info;
  const lines = [];
  function write(lvl, msg) {
    if (LEVELS[lvl] < threshold) return;
    lines.push(`${new Date().toISOString()} ${lvl.toUpperCase()} [${name}] ${msg}`);
    if (lines.length >= 200) flush();
  }
  function flush() {
    if (lines.length) process.stdout.write(lines.join('\n') + '\n');
    lines.length = 0;
  }
  return {
    debug: (msg) => write('debug', msg),
    info: (msg) => write('info', msg),
    warn: (msg) => write('warn', msg),
    error: (msg) => write('error', msg),
    flush,
  };
}

module.exports = { createLogger };
