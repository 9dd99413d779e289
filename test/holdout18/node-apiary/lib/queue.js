'use strict';

// Bounded hand-off between pipeline stages. Items are snapshotted on entry
// so a stage can never mutate what an upstream stage still holds.
class StageQueue {
  constructor(name, handler, { batchSize = 256 } = {}) {
    this.name = name;
    this.handler = handler;
    this.batchSize = batchSize;
    this.items = [];
    this.processed = 0;
    this.scheduled = false;
    this.idleWaiters = [];
  }

  push(item) {
    this.items.push(JSON.parse(JSON.stringify(item)));
    this.schedule();
  }

  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.drain());
  }

  drain() {
    this.scheduled = false;
    const batch = this.items.splice(0, this.batchSize);
    for (const item of batch) {
      this.handler(item);
      this.processed++;
    }
    if (this.items.length) this.schedule();
    else this.idleWaiters.splice(0).forEach((fn) => fn());
  }

  whenIdle() {
    if (!this.items.length && !this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}

module.exports = { StageQueue };
