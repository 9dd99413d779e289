'use strict';

// A pipeline stage with its own inbox; messages handed downstream are isolated copies.
class Stage {
  constructor(name, handler) {
    this.name = name;
    this.handler = handler;
    this.inbox = [];
    this.next = null;
    this.processed = 0;
  }

  pipe(next) {
    this.next = next;
    return next;
  }

  emit(message) {
    if (!this.next) return;
    this.next.inbox.push(JSON.parse(JSON.stringify(message)));
  }

  drain() {
    const items = this.inbox;
    this.inbox = [];
    for (const msg of items) {
      this.processed++;
      this.handler(msg, (out) => this.emit(out));
    }
    return items.length;
  }
}

module.exports = { Stage };
