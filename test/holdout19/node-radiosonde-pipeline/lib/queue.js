'use strict';

class FrameQueue {
  constructor({ stages, sink, batchSize }) {
    this.stages = stages;
    this.sink = sink;
    this.batchSize = batchSize;
    this.pending = [];
    this.processed = 0;
    this.waiters = [];
    this.draining = false;
  }

  push(frame) {
    this.pending.push(frame);
    if (!this.draining) {
      this.draining = true;
      setImmediate(() => this.drain());
    }
  }

  drain() {
    const batch = this.pending.splice(0, this.batchSize);
    for (const frame of batch) {
      let current = frame;
      for (const stage of this.stages) current = stage(current);
      this.sink(current);
      this.processed++;
    }
    if (this.pending.length > 0) {
      setImmediate(() => this.drain());
    } else {
      this.draining = false;
      const waiters = this.waiters.splice(0);
      for (const w of waiters) w();
    }
  }

  idle() {
    if (!this.draining && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

module.exports = { FrameQueue };
