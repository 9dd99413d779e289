'use strict';

class MessageBus {
  constructor({ batchSize = 256 } = {}) {
    this.batchSize = batchSize;
    this.subscriptions = new Map();
    this.pending = [];
    this.scheduled = false;
    this.idleWaiters = [];
    this.counters = { published: 0, delivered: 0, failed: 0 };
  }

  subscribe(topic, name, handler) {
    if (!this.subscriptions.has(topic)) this.subscriptions.set(topic, []);
    this.subscriptions.get(topic).push({ name, handler });
  }

  publish(topic, message) {
    const subs = this.subscriptions.get(topic);
    this.counters.published++;
    if (!subs) return;
    const body = JSON.stringify(message);
    for (const sub of subs) {
      this.pending.push({ topic, sub, message: JSON.parse(body) });
    }
    this.schedule();
  }

  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.drain());
  }

  drain() {
    this.scheduled = false;
    let processed = 0;
    while (this.pending.length > 0 && processed < this.batchSize) {
      const batch = this.pending;
      this.pending = [];
      for (const item of batch) {
        try {
          item.sub.handler(item.message, item.topic);
          this.counters.delivered++;
        } catch (err) {
          this.counters.failed++;
          if (this.onError) this.onError(err, item);
        }
        processed++;
      }
    }
    if (this.pending.length > 0) this.schedule();
    else this.notifyIdle();
  }

  notifyIdle() {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  idle() {
    if (this.pending.length === 0 && !this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}

module.exports = { MessageBus };
