'use strict';
// Minimal in-process stand-in for the message broker channel used in
// production (publish / consume with prefetch / ack / nack).
const { EventEmitter } = require('events');

class Channel extends EventEmitter {
  constructor() {
    super();
    this.queues = new Map();
    this.consumers = new Map();
    this.deliveryTag = 0;
    this.unacked = new Map();
  }

  assertQueue(name) {
    if (!this.queues.has(name)) this.queues.set(name, []);
  }

  publish(queue, content, headers = {}) {
    this.assertQueue(queue);
    this.queues.get(queue).push({ content, headers, redelivered: false });
    this._schedule(queue);
  }

  consume(queue, handler, { prefetch = 1 } = {}) {
    this.assertQueue(queue);
    this.consumers.set(queue, { handler, prefetch, inFlight: 0 });
    this._schedule(queue);
  }

  ack(msg) {
    const entry = this.unacked.get(msg.fields.deliveryTag);
    if (!entry) return;
    this.unacked.delete(msg.fields.deliveryTag);
    const c = this.consumers.get(entry.queue);
    c.inFlight--;
    this._schedule(entry.queue);
    if (this.unacked.size === 0 && this.queues.get(entry.queue).length === 0) this.emit('drained', entry.queue);
  }

  nack(msg, requeue = true) {
    const entry = this.unacked.get(msg.fields.deliveryTag);
    if (!entry) return;
    this.unacked.delete(msg.fields.deliveryTag);
    if (requeue) this.queues.get(entry.queue).push({ content: msg.content, headers: msg.properties.headers, redelivered: true });
    this.consumers.get(entry.queue).inFlight--;
    this._schedule(entry.queue);
  }

  _schedule(queue) {
    setImmediate(() => this._dispatch(queue));
  }

  _dispatch(queue) {
    const c = this.consumers.get(queue);
    const q = this.queues.get(queue);
    if (!c) return;
    while (c.inFlight < c.prefetch && q.length) {
      const raw = q.shift();
      const tag = ++this.deliveryTag;
      const msg = { content: raw.content, fields: { deliveryTag: tag, redelivered: raw.redelivered }, properties: { headers: raw.headers } };
      this.unacked.set(tag, { queue });
      c.inFlight++;
      Promise.resolve().then(() => c.handler(msg));
    }
  }
}

module.exports = { Channel };
