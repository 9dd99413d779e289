'use strict';

// Bounded in-process work queue between the feed reader and the result
// processor. Items are handled in batches on setImmediate so that the reader
// and writer streams keep flowing.

class BatchQueue {
  constructor({ batchSize, highWater, lowWater, handler }) {
    this.batchSize = batchSize;
    this.highWater = highWater;
    this.lowWater = lowWater;
    this.handler = handler;
    this.items = [];
    this.head = 0;
    this.scheduled = false;
    this.closed = false;
    this.processed = 0;
    this.onDrain = null;
    this.onLow = null;
    this.idleWaiters = [];
  }

  get length() {
    return this.items.length - this.head;
  }

  push(item) {
    this.items.push(item);
    this._schedule();
    return this.length < this.highWater;
  }

  close() {
    this.closed = true;
    this._schedule();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  _schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this._run());
  }

  _run() {
    this.scheduled = false;
    const end = Math.min(this.items.length, this.head + this.batchSize);
    for (let i = this.head; i < end; i++) {
      this.handler(this.items[i]);
      this.items[i] = undefined;
    }
    this.processed += end - this.head;
    this.head = end;
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    if (this.length <= this.lowWater && this.onLow) this.onLow();
    if (this.length > 0) this._schedule();
    else if (this.closed) {
      const waiters = this.idleWaiters.splice(0);
      for (const w of waiters) w();
    }
  }
}

module.exports = { BatchQueue };
