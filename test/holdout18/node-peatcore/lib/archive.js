'use strict';

const fs = require('fs');
const path = require('path');

// Append-only archive of accepted slices, written in batches off the request
// path. Writes are chained so batches land in order.
class SliceArchive {
  constructor(dir, batchSize = 250) {
    this.file = path.join(dir, 'slices.ndjson');
    this.batchSize = batchSize;
    this.pending = [];
    this.chain = Promise.resolve();
    this.written = 0;
  }

  add(line) {
    this.pending.push(line);
    if (this.pending.length >= this.batchSize) this.flush();
  }

  flush() {
    if (!this.pending.length) return this.chain;
    const text = this.pending.join('\n') + '\n';
    const n = this.pending.length;
    this.pending = [];
    this.chain = this.chain.then(() => fs.promises.appendFile(this.file, text)).then(() => { this.written += n; });
    return this.chain;
  }
}

module.exports = { SliceArchive };
