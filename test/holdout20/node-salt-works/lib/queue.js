'use strict';

// Bounded in-memory work queue; producers await space, one consumer drains batches.
class BrineQueue {
  constructor(capacity) {
    this.capacity = capacity;
    this.items = [];
    this.head = 0;
    this.closed = false;
    this.waitingConsumer = null;
    this.waitingProducers = [];
  }

  get size() {
    return this.items.length - this.head;
  }

  async push(item) {
    while (this.size >= this.capacity) {
      await new Promise((resolve) => this.waitingProducers.push(resolve));
    }
    this.items.push(item);
    if (this.waitingConsumer) {
      const wake = this.waitingConsumer;
      this.waitingConsumer = null;
      wake();
    }
  }

  close() {
    this.closed = true;
    if (this.waitingConsumer) this.waitingConsumer();
  }

  async takeBatch(max) {
    while (this.size === 0 && !this.closed) {
      await new Promise((resolve) => { this.waitingConsumer = resolve; });
    }
    const end = Math.min(this.items.length, this.head + max);
    const batch = this.items.slice(this.head, end);
    this.head = end;
    if (this.head > 4096) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    while (this.waitingProducers.length && this.size < this.capacity) this.waitingProducers.shift()();
    return batch;
  }
}

module.exports = { BrineQueue };
