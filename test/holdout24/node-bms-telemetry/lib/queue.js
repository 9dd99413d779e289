'use strict';

// Bounded hand-off queue between pipeline stages.
class StageQueue {
  constructor(name, capacity) {
    this.name = name;
    this.capacity = capacity;
    this.items = [];
    this.waitingTake = [];
    this.waitingPut = [];
    this.closed = false;
    this.transferred = 0;
  }

  async put(batch) {
    while (this.items.length >= this.capacity) {
      await new Promise((resolve) => this.waitingPut.push(resolve));
    }
    // Each stage gets its own copy so that a downstream stage can never mutate
    // readings still held by an upstream one.
    const copy = JSON.parse(JSON.stringify(batch));
    this.items.push(copy);
    this.transferred += copy.length;
    const taker = this.waitingTake.shift();
    if (taker) taker();
  }

  async take() {
    while (this.items.length === 0) {
      if (this.closed) return null;
      await new Promise((resolve) => this.waitingTake.push(resolve));
    }
    const batch = this.items.shift();
    const putter = this.waitingPut.shift();
    if (putter) putter();
    return batch;
  }

  close() {
    this.closed = true;
    for (const t of this.waitingTake.splice(0)) t();
  }
}

module.exports = { StageQueue };
