'use strict';

const { EventEmitter } = require('events');

// In-memory stand-in for the message broker: messages travel as encoded
// buffers, are leased to a consumer in batches and must be acked.
class InMemoryBroker extends EventEmitter {
  constructor({ maxDeliveries = 3 } = {}) {
    super();
    this.queues = new Map();
    this.maxDeliveries = maxDeliveries;
    this.deadLetters = [];
    this.nextId = 1;
  }

  queue(topic) {
    let q = this.queues.get(topic);
    if (!q) {
      q = { ready: [], head: 0, leased: new Map(), published: 0, acked: 0 };
      this.queues.set(topic, q);
    }
    return q;
  }

  publish(topic, payload, headers = {}) {
    const q = this.queue(topic);
    q.ready.push({ id: this.nextId++, headers, body: Buffer.from(JSON.stringify(payload)), deliveries: 0 });
    q.published++;
    this.emit('ready', topic);
  }

  lease(topic, max) {
    const q = this.queue(topic);
    const out = [];
    while (out.length < max && q.head < q.ready.length) {
      const msg = q.ready[q.head];
      q.ready[q.head++] = undefined;
      msg.deliveries++;
      q.leased.set(msg.id, msg);
      out.push(msg);
    }
    if (q.head > 4096 && q.head * 2 > q.ready.length) {
      q.ready = q.ready.slice(q.head);
      q.head = 0;
    }
    return out;
  }

  ack(topic, id) {
    const q = this.queue(topic);
    if (q.leased.delete(id)) q.acked++;
  }

  nack(topic, id) {
    const q = this.queue(topic);
    const msg = q.leased.get(id);
    if (!msg) return;
    q.leased.delete(id);
    if (msg.deliveries >= this.maxDeliveries) this.deadLetters.push(msg);
    else q.ready.push(msg);
  }

  depth(topic) {
    const q = this.queue(topic);
    return q.ready.length - q.head;
  }
}

module.exports = { InMemoryBroker };
