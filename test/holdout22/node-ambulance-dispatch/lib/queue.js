'use strict';

// In-process message bus connecting the dispatch stages. Messages are copied on
// publish so a consumer can never change what another consumer sees.
class MessageBus {
  constructor({ batchSize = 64 } = {}) {
    this.subscribers = new Map();
    this.pending = [];
    this.batchSize = batchSize;
    this.seq = 0;
    this.scheduled = false;
    this.idleWaiters = [];
    this.delivered = new Map();
  }

  subscribe(topic, handler) {
    if (!this.subscribers.has(topic)) this.subscribers.set(topic, []);
    this.subscribers.get(topic).push(handler);
  }

  publish(topic, message) {
    const envelope = {
      topic,
      seq: ++this.seq,
      body: JSON.parse(JSON.stringify(message)),
    };
    this.pending.push(envelope);
    this.schedule();
    return envelope.seq;
  }

  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.drain());
  }

  drain() {
    this.scheduled = false;
    let n = 0;
    while (this.pending.length && n < this.batchSize) {
      const envelope = this.pending.shift();
      n += 1;
      const handlers = this.subscribers.get(envelope.topic) || [];
      for (const handler of handlers) handler(envelope.body, envelope);
      this.delivered.set(envelope.topic, (this.delivered.get(envelope.topic) || 0) + 1);
    }
    if (this.pending.length) {
      this.schedule();
    } else {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      waiters.forEach((resolve) => resolve());
    }
  }

  whenIdle() {
    if (!this.pending.length && !this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}

module.exports = { MessageBus };
