'use strict';

const LEVELS = { debug: 20, info: 30, warn: 40 };

class ArchiveLog {
  constructor(level) {
    this.threshold = LEVELS[level];
    this.lines = [];
  }

  enabled(level) {
    return LEVELS[level] >= this.threshold;
  }

  debug(msg) { if (this.enabled('debug')) this.lines.push(`DEBUG ${msg}`); }
  info(msg) { if (this.enabled('info')) this.lines.push(`INFO ${msg}`); }
}

module.exports = { ArchiveLog };
