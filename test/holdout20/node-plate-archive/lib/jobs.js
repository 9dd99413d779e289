'use strict';

const { EventEmitter } = require('events');

// Digitisation job queue: plates wait here until a scanner lane picks them up.
class ScanQueue extends EventEmitter {
  constructor() {
    super();
    this.pending = [];
    this.head = 0;
    this.done = false;
  }

  enqueue(job) {
    this.pending.push(job);
    this.emit('ready');
  }

  finish() {
    this.done = true;
    this.emit('ready');
  }

  async next() {
    while (this.head >= this.pending.length) {
      if (this.done) return null;
      await new Promise((resolve) => this.once('ready', resolve));
    }
    const job = this.pending[this.head];
    this.pending[this.head++] = undefined;
    return job;
  }
}

module.exports = { ScanQueue };
