'use strict';

// In-process message bus between packline stages. Each topic has a FIFO of
// pending messages and one consumer; drain() pumps until every topic is idle.
class PacklineBus {
  constructor() {
    this.topics = new Map();
    this.delivered = 0;
  }

  subscribe(topic, consumer) {
    this.topics.set(topic, { consumer, pending: [], head: 0 });
  }

  publish(topic, message) {
    const t = this.topics.get(topic);
    if (!t) throw new Error(`no consumer for topic ${topic}`);
    t.pending.push(JSON.parse(JSON.stringify(message)));
  }

  async drain() {
    let busy = true;
    while (busy) {
      busy = false;
      for (const t of this.topics.values()) {
        let n = 0;
        while (t.head < t.pending.length && n < 256) {
          const msg = t.pending[t.head];
          t.pending[t.head++] = undefined;
          t.consumer(msg);
          this.delivered++;
          n++;
          busy = true;
        }
        if (t.head === t.pending.length) {
          t.pending.length = 0;
          t.head = 0;
        }
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

module.exports = { PacklineBus };
